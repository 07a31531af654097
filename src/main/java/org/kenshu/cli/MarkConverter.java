package org.kenshu.cli;

import java.util.Locale;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.I18n;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --triangle present|absent|late|left-early}: what △ means in the files. */
final class MarkConverter implements ITypeConverter<AttendanceMark> {
    @Override
    public AttendanceMark convert(String value) {
        try {
            AttendanceMark mark = AttendanceMark.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (mark != AttendanceMark.EXEMPT) {
                return mark;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw new TypeConversionException(I18n.t("cli.import.badTriangle", value));
    }
}
