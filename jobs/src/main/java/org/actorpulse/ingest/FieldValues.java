package org.actorpulse.ingest;

import java.util.Arrays;

/**
 * Collects one record's values per canonical field while its names are read, keeping for each field the
 * non-blank value under the most preferred name. Not thread-safe: one per reader, reset per record.
 */
final class FieldValues {
  private final FieldMapping mapping;
  private final String[] values = new String[Field.values().length];
  private final int[] ranks = new int[values.length];

  FieldValues(FieldMapping mapping) {
    this.mapping = mapping;
  }

  void reset() {
    Arrays.fill(values, null);
    Arrays.fill(ranks, Integer.MAX_VALUE);
  }

  /** Whether the name maps onto a field (so that its value is worth reading). */
  FieldMapping.Slot slot(String name) {
    return mapping.slot(name);
  }

  void offer(FieldMapping.Slot slot, String value) {
    if (slot == null || value == null || value.isBlank()) return;
    int f = slot.field().ordinal();
    if (slot.rank() < ranks[f]) {
      values[f] = value;
      ranks[f] = slot.rank();
    }
  }

  void set(Field field, String value) {
    values[field.ordinal()] = value;
    ranks[field.ordinal()] = -1;
  }

  String[] values() {
    return values;
  }
}
