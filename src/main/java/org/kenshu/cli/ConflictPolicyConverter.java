package org.kenshu.cli;

import java.util.Locale;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.ConflictPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --on-conflict reject|keep|overwrite}. */
final class ConflictPolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
        try {
            return ConflictPolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(I18n.t("cli.import.badConflictPolicy", value));
        }
    }
}
