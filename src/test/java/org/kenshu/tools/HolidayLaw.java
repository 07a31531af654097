package org.kenshu.tools;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * 国民の祝日 as 内閣府's syukujitsu.csv lists them, computed from the holiday law (祝日法, 1948) and its
 * amendments: fixed days, the Happy Monday moves (2000, 2003), equinox days, 振替休日 (from 1973-04-12;
 * the next non-holiday from 2007), 国民の休日 (from 1985-12-27), the one-off days of the imperial house,
 * and the Olympic moves of 2020 and 2021. Names are spelled as that file spells them: substitute days
 * and 国民の休日 are both 「休日」. Used only to write the bundled resource; the program reads the file.
 */
final class HolidayLaw {
    static final String REST_DAY = "休日";
    private static final LocalDate SUBSTITUTE_FROM = LocalDate.of(1973, 4, 12);
    private static final LocalDate CITIZENS_FROM = LocalDate.of(1985, 12, 27);
    private static final Map<LocalDate, String> ONE_OFF = Map.of(
            LocalDate.of(1959, 4, 10), "結婚の儀",
            LocalDate.of(1989, 2, 24), "大喪の礼",
            LocalDate.of(1990, 11, 12), "即位礼正殿の儀",
            LocalDate.of(1993, 6, 9), "結婚の儀",
            LocalDate.of(2019, 5, 1), "休日（祝日扱い）",
            LocalDate.of(2019, 10, 22), "休日（祝日扱い）");

    private HolidayLaw() {
    }

    /** Every holiday from January 1 of {@code from} to December 31 of {@code to}, in date order. */
    static NavigableMap<LocalDate, String> between(int from, int to) {
        NavigableMap<LocalDate, String> all = new TreeMap<>();
        // One year more on each side, so substitutes and sandwiched days at the edges are right.
        for (int y = from - 1; y <= to + 1; y++) {
            all.putAll(holidays(y));
        }
        addRestDays(all);
        return all.subMap(LocalDate.of(from, 1, 1), true, LocalDate.of(to, 12, 31), true);
    }

    /** The 祝日 of one year (named days and one-off days), without 振替休日 and 国民の休日. */
    static Map<LocalDate, String> holidays(int y) {
        Map<LocalDate, String> d = new TreeMap<>();
        d.put(LocalDate.of(y, 1, 1), "元日");
        d.put(y < 2000 ? LocalDate.of(y, 1, 15) : nthMonday(y, Month.JANUARY, 2), "成人の日");
        if (y >= 1967) {
            d.put(LocalDate.of(y, 2, 11), "建国記念の日");
        }
        if (y >= 2020) {
            d.put(LocalDate.of(y, 2, 23), "天皇誕生日");
        }
        d.put(LocalDate.of(y, 3, vernalEquinox(y)), "春分の日");
        d.put(LocalDate.of(y, 4, 29), y <= 1988 ? "天皇誕生日" : y <= 2006 ? "みどりの日" : "昭和の日");
        d.put(LocalDate.of(y, 5, 3), "憲法記念日");
        if (y >= 2007) {
            d.put(LocalDate.of(y, 5, 4), "みどりの日");
        }
        d.put(LocalDate.of(y, 5, 5), "こどもの日");
        marineDay(y, d);
        mountainDay(y, d);
        if (y >= 1966) {
            d.put(y <= 2002 ? LocalDate.of(y, 9, 15) : nthMonday(y, Month.SEPTEMBER, 3), "敬老の日");
        }
        d.put(LocalDate.of(y, 9, autumnalEquinox(y)), "秋分の日");
        sportsDay(y, d);
        d.put(LocalDate.of(y, 11, 3), "文化の日");
        d.put(LocalDate.of(y, 11, 23), "勤労感謝の日");
        if (y >= 1989 && y <= 2018) {
            d.put(LocalDate.of(y, 12, 23), "天皇誕生日");
        }
        ONE_OFF.forEach((date, name) -> {
            if (date.getYear() == y) {
                d.put(date, name);
            }
        });
        return d;
    }

    private static void marineDay(int y, Map<LocalDate, String> d) {
        if (y >= 1996 && y <= 2002) {
            d.put(LocalDate.of(y, 7, 20), "海の日");
        } else if (y == 2020) {
            d.put(LocalDate.of(2020, 7, 23), "海の日"); // Tokyo Olympics (特措法)
        } else if (y == 2021) {
            d.put(LocalDate.of(2021, 7, 22), "海の日");
        } else if (y >= 2003) {
            d.put(nthMonday(y, Month.JULY, 3), "海の日");
        }
    }

    private static void mountainDay(int y, Map<LocalDate, String> d) {
        if (y == 2020) {
            d.put(LocalDate.of(2020, 8, 10), "山の日");
        } else if (y == 2021) {
            d.put(LocalDate.of(2021, 8, 8), "山の日");
        } else if (y >= 2016) {
            d.put(LocalDate.of(y, 8, 11), "山の日");
        }
    }

    private static void sportsDay(int y, Map<LocalDate, String> d) {
        if (y >= 1966 && y <= 1999) {
            d.put(LocalDate.of(y, 10, 10), "体育の日");
        } else if (y >= 2000 && y <= 2018) {
            d.put(nthMonday(y, Month.OCTOBER, 2), "体育の日");
        } else if (y == 2019) {
            d.put(nthMonday(y, Month.OCTOBER, 2), "体育の日（スポーツの日）"); // renamed by the 2018 amendment
        } else if (y == 2020) {
            d.put(LocalDate.of(2020, 7, 24), "スポーツの日");
        } else if (y == 2021) {
            d.put(LocalDate.of(2021, 7, 23), "スポーツの日");
        } else if (y >= 2022) {
            d.put(nthMonday(y, Month.OCTOBER, 2), "スポーツの日");
        }
    }

    /** 振替休日 and 国民の休日, both written 「休日」. */
    private static void addRestDays(NavigableMap<LocalDate, String> all) {
        Map<LocalDate, String> named = new TreeMap<>(all);
        for (LocalDate day : named.keySet()) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY || day.isBefore(SUBSTITUTE_FROM)) {
                continue;
            }
            LocalDate next = day.plusDays(1);
            if (day.getYear() >= 2007) {
                while (named.containsKey(next)) {
                    next = next.plusDays(1); // from 2007: the nearest day that is not a 祝日
                }
            }
            all.putIfAbsent(next, REST_DAY);
        }
        for (LocalDate day : named.keySet()) {
            LocalDate between = day.plusDays(1);
            boolean sandwiched = named.containsKey(between.plusDays(1)) && !all.containsKey(between);
            boolean sundayExcluded = between.getYear() < 2007 && between.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (sandwiched && !between.isBefore(CITIZENS_FROM) && !sundayExcluded) {
                all.put(between, REST_DAY);
            }
        }
    }

    static LocalDate nthMonday(int y, Month month, int n) {
        return LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /** 春分日 by the usual approximation of the astronomical almanac (good for 1900–2099). */
    static int vernalEquinox(int y) {
        double base = y < 1980 ? 20.8357 : 20.8431;
        int leap = y < 1980 ? (y - 1983) / 4 : (y - 1980) / 4; // truncated toward zero, as the formula is written
        return (int) (base + 0.242194 * (y - 1980) - leap);
    }

    static int autumnalEquinox(int y) {
        double base = y < 1980 ? 23.2588 : 23.2488;
        int leap = y < 1980 ? (y - 1983) / 4 : (y - 1980) / 4;
        return (int) (base + 0.242194 * (y - 1980) - leap);
    }
}
