package org.oneplan.misbehaving.query;

public record ReadModelRow(String value) {}
