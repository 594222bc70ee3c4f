package org.oneplan.platform.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The {@code projection_parked_record} table. Only a projection's own worker thread writes its rows (the
 * blocking methods); the admin listing reads them reactively.
 */
@ApplicationScoped
public class ParkedRecords {

    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(30);
    private static final String COLUMNS =
            "id, projection, topic, partition_no, record_offset, subject, event_type, " + "error, attempts, parked_at";

    private final Pool pool;
    private final Clock clock;

    ParkedRecords(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Whether the record or an earlier one of its subject is parked. */
    record Hold(boolean self, boolean earlier) {}

    Hold holdOn(String projection, ConsumerRecord<String, byte[]> record) {
        Row row = pool.preparedQuery("SELECT count(*) FILTER (WHERE record_offset = $5) AS self, "
                        + "count(*) FILTER (WHERE record_offset < $5) AS earlier FROM projection_parked_record "
                        + "WHERE projection = $1 AND subject = $2 AND topic = $3 AND partition_no = $4 "
                        + "AND record_offset <= $5")
                .execute(Tuple.of(
                        projection, storable(record.key(), 255), record.topic(), record.partition(), record.offset()))
                .await()
                .atMost(DATABASE_TIMEOUT)
                .iterator()
                .next();
        return new Hold(row.getLong("self") > 0, row.getLong("earlier") > 0);
    }

    void park(String projection, ConsumerRecord<String, byte[]> record, String type, String error, int attempts) {
        pool.preparedQuery("INSERT INTO projection_parked_record (id, projection, topic, partition_no, record_offset, "
                        + "subject, event_type, error, attempts, parked_at, record_value) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
                        + "ON CONFLICT (projection, topic, partition_no, record_offset) DO UPDATE SET "
                        + "error = EXCLUDED.error, attempts = EXCLUDED.attempts, parked_at = EXCLUDED.parked_at")
                .execute(Tuple.tuple()
                        .addUUID(UUID.randomUUID())
                        .addString(projection)
                        .addString(record.topic())
                        .addInteger(record.partition())
                        .addLong(record.offset())
                        .addString(storable(record.key(), 255))
                        .addString(storable(type, 255))
                        .addString(storable(error, 4000))
                        .addInteger(attempts)
                        .addOffsetDateTime(clock.instant().atOffset(ZoneOffset.UTC))
                        .addBuffer(Buffer.buffer(record.value() == null ? new byte[0] : record.value())))
                .await()
                .atMost(DATABASE_TIMEOUT);
    }

    /** A parked record with its value, to apply it again. */
    record Stored(ParkedRecord parked, byte[] value) {}

    Optional<Stored> find(String projection, UUID id) {
        var rows = pool.preparedQuery("SELECT " + COLUMNS + ", record_value FROM projection_parked_record "
                        + "WHERE projection = $1 AND id = $2")
                .execute(Tuple.of(projection, id))
                .await()
                .atMost(DATABASE_TIMEOUT);
        return rows.size() == 0
                ? Optional.empty()
                : Optional.of(stored(rows.iterator().next()));
    }

    /** The parked records of one subject on one partition from {@code first} on, in topic order. */
    List<Stored> ofSubjectFrom(ParkedRecord first) {
        List<Stored> found = new ArrayList<>();
        pool.preparedQuery("SELECT " + COLUMNS + ", record_value FROM projection_parked_record "
                        + "WHERE projection = $1 AND subject = $2 AND topic = $3 AND partition_no = $4 "
                        + "AND record_offset >= $5 ORDER BY record_offset")
                .execute(
                        Tuple.of(first.projection(), first.subject(), first.topic(), first.partition(), first.offset()))
                .await()
                .atMost(DATABASE_TIMEOUT)
                .forEach(row -> found.add(stored(row)));
        return found;
    }

    boolean earlierOfSubject(ParkedRecord parked) {
        return pool.preparedQuery("SELECT 1 FROM projection_parked_record WHERE projection = $1 AND subject = $2 "
                                + "AND topic = $3 AND partition_no = $4 AND record_offset < $5")
                        .execute(Tuple.of(
                                parked.projection(),
                                parked.subject(),
                                parked.topic(),
                                parked.partition(),
                                parked.offset()))
                        .await()
                        .atMost(DATABASE_TIMEOUT)
                        .size()
                > 0;
    }

    void recordFailure(UUID id, String error) {
        pool.preparedQuery("UPDATE projection_parked_record SET error = $2, attempts = attempts + 1, "
                        + "parked_at = $3 WHERE id = $1")
                .execute(Tuple.of(id, storable(error, 4000), clock.instant().atOffset(ZoneOffset.UTC)))
                .await()
                .atMost(DATABASE_TIMEOUT);
    }

    void remove(UUID id) {
        pool.preparedQuery("DELETE FROM projection_parked_record WHERE id = $1")
                .execute(Tuple.of(id))
                .await()
                .atMost(DATABASE_TIMEOUT);
    }

    void clear(String projection) {
        pool.preparedQuery("DELETE FROM projection_parked_record WHERE projection = $1")
                .execute(Tuple.of(projection))
                .await()
                .atMost(DATABASE_TIMEOUT);
    }

    long count(String projection) {
        return pool.preparedQuery("SELECT count(*) AS parked FROM projection_parked_record WHERE projection = $1")
                .execute(Tuple.of(projection))
                .await()
                .atMost(DATABASE_TIMEOUT)
                .iterator()
                .next()
                .getLong("parked");
    }

    /** The parked records of a projection, oldest first on the topic. */
    public Uni<List<ParkedRecord>> list(String projection) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM projection_parked_record WHERE projection = $1 "
                        + "ORDER BY topic, partition_no, record_offset")
                .execute(Tuple.of(projection))
                .map(rows -> {
                    List<ParkedRecord> found = new ArrayList<>();
                    rows.forEach(row -> found.add(parked(row)));
                    return found;
                });
    }

    private static Stored stored(Row row) {
        return new Stored(parked(row), row.getBuffer("record_value").getBytes());
    }

    private static ParkedRecord parked(Row row) {
        return new ParkedRecord(
                row.getUUID("id"),
                row.getString("projection"),
                row.getString("topic"),
                row.getInteger("partition_no"),
                row.getLong("record_offset"),
                row.getString("subject"),
                row.getString("event_type"),
                row.getString("error"),
                row.getInteger("attempts"),
                row.getOffsetDateTime("parked_at").toInstant());
    }

    /**
     * What a poison record brings (a NUL in its key, its type or the error quoting it) must not make the
     * parking itself fail: PostgreSQL text holds no control characters.
     */
    static String storable(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.codePoints()
                .map(c -> Character.isISOControl(c) && c != '\n' ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
