package org.kenshu.ui.main;

/** The pages of the navigation sidebar, in order, with their icons (Ikonli Material 2). */
public enum PageId {
    STAFF("mdmz-people"),
    COMPETENCY("mdal-grid_on"),
    CATALOG("mdmz-menu_book"),
    PLAN("mdal-event_note"),
    ATTENDANCE("mdal-fact_check"),
    GOALS("mdal-insert_chart"),
    REPORTS("mdmz-print"),
    SETTINGS("mdmz-settings");

    private final String icon;

    PageId(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    /** The message key of the page's name: {@code page.staff} … */
    public String labelKey() {
        return "page." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
