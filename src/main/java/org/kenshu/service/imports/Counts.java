package org.kenshu.service.imports;

/** Stored records of the kind's own type: created, updated, left unchanged; rows skipped. */
final class Counts {
    int created;
    int updated;
    int unchanged;
    int skipped;
}
