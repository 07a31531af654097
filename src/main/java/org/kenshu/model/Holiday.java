package org.kenshu.model;

import java.time.LocalDate;

/** 国民の祝日 (from 内閣府's syukujitsu.csv) or a city closure day. */
public record Holiday(LocalDate date, String name, String source) {
}
