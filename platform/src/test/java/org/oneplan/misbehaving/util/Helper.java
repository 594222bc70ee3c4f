package org.oneplan.misbehaving.util;

/** Breaks "every class is in a layer". */
public class Helper {}
