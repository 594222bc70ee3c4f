package org.oneplan.misbehaving.api;

import org.oneplan.misbehaving.query.ReadModelRow;

/** Breaks "api depends on no layer": a view built on a read-model class. */
public record ViewOfARow(ReadModelRow row) {}
