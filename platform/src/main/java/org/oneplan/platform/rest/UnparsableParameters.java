package org.oneplan.platform.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finds which query parameters of a request do not parse into their declared types. JAX-RS reports such a
 * failure as a bare "404 Not Found" without naming the parameter; clients need a 400 that names it.
 */
final class UnparsableParameters {

    private UnparsableParameters() {}

    /** The names of the query parameters of {@code method} whose values in {@code query} do not parse. */
    static List<String> of(Method method, MultivaluedMap<String, String> query) {
        List<String> unparsable = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            check(parameter, parameter.getType(), query, unparsable);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getFields()) {
                    check(field, field.getType(), query, unparsable);
                }
            }
        }
        return unparsable;
    }

    private static void check(
            AnnotatedElement element, Class<?> type, MultivaluedMap<String, String> query, List<String> unparsable) {
        QueryParam name = element.getAnnotation(QueryParam.class);
        if (name == null || query.get(name.value()) == null) {
            return;
        }
        for (String value : query.get(name.value())) {
            if (!parses(value, type)) {
                unparsable.add(name.value());
                return;
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean parses(String value, Class<?> type) {
        try {
            if (type.isEnum()) {
                Enum.valueOf((Class<? extends Enum>) type, value);
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == Integer.class || type == int.class) {
                Integer.parseInt(value);
            } else if (type == Long.class || type == long.class) {
                Long.parseLong(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            }
            return true;
        } catch (RuntimeException unparsable) {
            return false;
        }
    }
}
