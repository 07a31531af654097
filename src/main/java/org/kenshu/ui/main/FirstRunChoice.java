package org.kenshu.ui.main;

/** What the first run offers: the sample city, one of the city presets, or an empty start. */
public record FirstRunChoice(Kind kind, String preset, String label) {
    public enum Kind {
        SAMPLE,
        PRESET
    }
}
