package org.oneplan.catalogue.query;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a catalogue search: every filter a bound parameter on an indexed column (the text on the GIN
 * index of {@code search_text}, the eligible audience on its GIN index, the dates on the iteration table),
 * so that PostgreSQL filters, ranks, orders and pages; nothing is filtered in memory.
 */
final class CatalogueSearchSql {

    private static final String QUERY = "websearch_to_tsquery('english', $%d)";

    private final StringBuilder where = new StringBuilder("TRUE");
    private final List<Object> values = new ArrayList<>();
    private final String order;
    private final String rank;

    /** @param eligible the catalogue frameworks of the partner named by {@code eligibleFor}, or null */
    CatalogueSearchSql(CatalogueSearchFilter filter, List<String> eligible) {
        if (!filter.everything()) {
            where.append(" AND (e.status IN ('APPROVED', 'CANCELLED')");
            if (filter.ownNation() != null) {
                where.append(" OR e.offering_nation = ").append(bind(filter.ownNation()));
            }
            where.append(")");
        }
        equal("e.year", filter.year());
        equal("e.discipline_code", filter.disciplineCode());
        equal("e.host_nation", filter.hostNation());
        equal(
                "e.delivery_method",
                filter.delivery() == null ? null : filter.delivery().name());
        equal(
                "e.language",
                filter.language() == null ? null : filter.language().strip().toLowerCase(java.util.Locale.ROOT));
        if (filter.from() != null || filter.to() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM catalogue_event_iteration i WHERE i.event_id = e.id");
            if (filter.from() != null) {
                where.append(" AND i.start_date >= ").append(bind(filter.from()));
            }
            if (filter.to() != null) {
                where.append(" AND i.end_date <= ").append(bind(filter.to()));
            }
            where.append(")");
        }
        if (eligible != null) {
            where.append(" AND e.eligible_audience ?| ").append(bind(eligible.toArray(new String[0])));
        }
        if (filter.hasWords()) {
            String query = String.format(QUERY, values.size() + 1);
            values.add(filter.q().strip());
            where.append(" AND e.search_text @@ ").append(query);
            rank = "ts_rank(e.search_text, " + query + ")";
        } else {
            rank = "0";
        }
        order = switch (filter.sort() == null ? "start" : filter.sort()) {
            case "title" -> "lower(e.title), e.id";
            // Without words every event ranks the same: relevance falls back to the date order.
            case "relevance" -> "rank DESC, e.first_start NULLS LAST, lower(e.title), e.id";
            default -> "e.first_start NULLS LAST, lower(e.title), e.id";
        };
    }

    private void equal(String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ").append(bind(value));
        }
    }

    private String bind(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    String count() {
        return "SELECT count(*) FROM catalogue_event e WHERE " + where;
    }

    /** One page of documents, in order; {@code limit} and {@code offset} are bound after the filters. */
    String page() {
        return "SELECT e.content, " + rank + " AS rank FROM catalogue_event e WHERE " + where + " ORDER BY " + order
                + " LIMIT $" + (values.size() + 1) + " OFFSET $" + (values.size() + 2);
    }

    Tuple countValues() {
        return Tuple.from(values);
    }

    Tuple pageValues(int limit, long offset) {
        List<Object> all = new ArrayList<>(values);
        all.add(limit);
        all.add(offset);
        return Tuple.from(all);
    }
}
