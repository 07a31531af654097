package org.kenshu.cli;

import java.time.LocalDate;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.DateValues;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date as files write it: 2026-04-01, 2026/4/1, R8.4.1, 令和8年4月1日. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        return DateValues.parse(value, null)
                .orElseThrow(() -> new TypeConversionException(I18n.t("cli.import.badDate", value)));
    }
}
