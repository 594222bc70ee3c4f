package org.oneplan.catalogue.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oneplan.catalogue.query.CatalogueSearchFilter;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.platform.rest.ProblemException;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/** The filters of a catalogue search, shared by the search and its CSV and iCalendar exports. */
public class CatalogueSearchParams {

    @QueryParam("year")
    @Min(2000)
    @Max(2100)
    public Integer year;

    @QueryParam("discipline")
    @Pattern(regexp = "^[A-Z0-9]{2,10}$")
    public String discipline;

    @Parameter(
            description =
                    "Words in the title or description, web search syntax: \"a phrase\", or, -word; English stemming")
    @QueryParam("q")
    @PlainText(max = 200)
    public String q;

    @QueryParam("hostNation")
    @Pattern(regexp = "^[A-Z]{3}$")
    public String hostNation;

    @QueryParam("delivery")
    public DeliveryMethod delivery;

    @Parameter(description = "The language taught in, any case, e.g. English")
    @QueryParam("language")
    @PlainText(max = 40)
    public String language;

    @Parameter(description = "An iteration starts on or after this day")
    @QueryParam("from")
    @PlausibleDate
    public LocalDate from;

    @Parameter(description = "An iteration ends on or before this day")
    @QueryParam("to")
    @PlausibleDate
    public LocalDate to;

    @Parameter(description = "A partner's code: events open to one of its frameworks, or to others as approved")
    @QueryParam("eligibleFor")
    @Pattern(regexp = "^[A-Z0-9]{2,10}$")
    public String eligibleFor;

    @Parameter(description = "start (first iteration, then title; the default), title, or relevance (to q)")
    @QueryParam("sort")
    @Pattern(regexp = "^(start|title|relevance)$")
    public String sort;

    CatalogueSearchFilter filter(CatalogueReaders readers) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to: the date range ends before it starts (from " + from + ")");
        }
        return new CatalogueSearchFilter(
                year,
                discipline,
                q,
                hostNation,
                delivery,
                language == null || language.isBlank() ? null : language,
                from,
                to,
                eligibleFor,
                sort,
                readers.seesEverything(),
                readers.ownNation());
    }
}
