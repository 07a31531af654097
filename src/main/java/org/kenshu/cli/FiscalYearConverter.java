package org.kenshu.cli;

import org.kenshu.model.I18n;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --fy 2026} (also 令和8, R8): the fiscal year that starts in April of that year. */
final class FiscalYearConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        String v = java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFKC)
                .replace("年度", "").replace("年", "");
        try {
            int year;
            if (v.startsWith("令和") || v.startsWith("R") || v.startsWith("r")) {
                String n = v.replaceFirst("^(令和|R|r)", "");
                year = 2018 + ("元".equals(n) ? 1 : Integer.parseInt(n));
            } else {
                year = Integer.parseInt(v);
            }
            if (year >= 1990 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new TypeConversionException(I18n.t("cli.import.badYear", value));
    }
}
