package org.oneplan.partner.query;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * Enum sets stored as {@code ",A,B,"}: a membership filter is then {@code LIKE '%,A,%'}, and the column
 * stays readable in SQL.
 */
final class CodeList {

    private CodeList() {}

    static <E extends Enum<E>> String of(Collection<E> values) {
        return values.stream()
                .map(Enum::name)
                .sorted()
                .collect(Collectors.joining(",", ",", ","))
                .replace(",,", ",");
    }

    static <E extends Enum<E>> EnumSet<E> parse(String stored, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String name : stored.split(",")) {
            if (!name.isEmpty()) {
                values.add(Enum.valueOf(type, name));
            }
        }
        return values;
    }

    static <E extends Enum<E>> String with(String stored, E value, Class<E> type) {
        EnumSet<E> values = parse(stored, type);
        values.add(value);
        return of(values);
    }

    static <E extends Enum<E>> String without(String stored, E value, Class<E> type) {
        EnumSet<E> values = parse(stored, type);
        values.remove(value);
        return of(values);
    }

    static String pattern(Enum<?> value) {
        return "%," + value.name() + ",%";
    }
}
