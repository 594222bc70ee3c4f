package org.oneplan.catalogue.query;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.ProblemException;

/**
 * Searches the catalogue in PostgreSQL (full text, filters, order and paging in one statement each for the
 * page and its total) with the reactive client: the statement is built from bound parameters alone, which a
 * JPQL query cannot express (tsvector, jsonb and the iteration table).
 */
@ApplicationScoped
public class CatalogueSearch {

    /** The most events an export holds: more than a year's catalogue (about 1,400), bounded all the same. */
    public static final int EXPORT_LIMIT = 5_000;

    private final Pool pool;

    CatalogueSearch(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<CatalogueEventDocument>> page(CatalogueSearchFilter filter, int page, int size) {
        return statement(filter)
                .chain(sql -> pool.preparedQuery(sql.count())
                        .execute(sql.countValues())
                        .chain(count -> documents(sql, size, (long) page * size)
                                .map(items -> new Page<>(
                                        items,
                                        page,
                                        size,
                                        count.iterator().next().getLong(0)))));
    }

    /** Every event the filter finds (all pages), up to {@link #EXPORT_LIMIT}, in the search's order. */
    public Uni<List<CatalogueEventDocument>> all(CatalogueSearchFilter filter) {
        return statement(filter).chain(sql -> documents(sql, EXPORT_LIMIT, 0));
    }

    private Uni<List<CatalogueEventDocument>> documents(CatalogueSearchSql sql, int limit, long offset) {
        return pool.preparedQuery(sql.page())
                .execute(sql.pageValues(limit, offset))
                .map(CatalogueSearch::read);
    }

    private static List<CatalogueEventDocument> read(RowSet<Row> rows) {
        List<CatalogueEventDocument> documents = new ArrayList<>();
        for (Row row : rows) {
            documents.add(CatalogueEventDocument.fromJson(row.getString("content")));
        }
        return documents;
    }

    /**
     * The statement, once the partner named by {@code eligibleFor} is known (400 when it is not); a suspended
     * partner is eligible for nothing.
     */
    private Uni<CatalogueSearchSql> statement(CatalogueSearchFilter filter) {
        if (filter.eligibleFor() == null) {
            return Uni.createFrom().item(() -> new CatalogueSearchSql(filter, null));
        }
        return pool.preparedQuery("SELECT frameworks, suspended FROM known_partner WHERE code = $1")
                .execute(Tuple.of(filter.eligibleFor()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.badRequest(
                                "eligibleFor: no partner has the code " + filter.eligibleFor());
                    }
                    Row partner = rows.iterator().next();
                    // A suspended partner is refused every nomination: no event is open to it.
                    return new CatalogueSearchSql(
                            filter, partner.getBoolean(1) ? List.of() : EligibleFrameworks.of(partner.getString(0)));
                });
    }
}
