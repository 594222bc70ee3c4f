package org.oneplan.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=&size=} on every list: page from 0 to 10,000,000, size 1 to 200, default 20. */
public class PageRequest {

    /** The highest page number a list accepts. */
    public static final int MAX_PAGE = 10_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    // page × size must stay a valid row offset: 10,000,000 × 200 is below 2^31.
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    public int size;
}
