package org.oneplan.misbehaving.command;

/** Breaks "the write side is package-private". */
public class PublicAggregate {}
