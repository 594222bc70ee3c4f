package org.oneplan.misbehaving.rest;

import java.sql.Connection;

/** Breaks "resources use no adapter". */
public class ResourceOnJdbc {
    Connection connection;
}
