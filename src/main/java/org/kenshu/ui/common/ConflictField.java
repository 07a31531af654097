package org.kenshu.ui.common;

/** One field of a row someone else changed: its label, the stored value and the officer's value. */
public record ConflictField(String label, String stored, String mine) {
    public boolean differs() {
        return !java.util.Objects.equals(stored, mine);
    }
}
