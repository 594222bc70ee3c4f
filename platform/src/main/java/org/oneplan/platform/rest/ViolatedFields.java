package org.oneplan.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Names a violated field or parameter the way the client sent it, not by our classes' names. */
final class ViolatedFields {

    private ViolatedFields() {}

    /** The field or parameter a violation names, as the client knows it. */
    static String name(ConstraintViolation<?> violation) {
        String parameter = requestParameterName(violation);
        if (parameter != null) {
            return parameter;
        }
        // "register.request.code" -> "code": clients know their body's fields, not our method names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2
                ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    /**
     * For a violated query, header or path parameter, the name the client sent it under ({@code partner}),
     * not the Java parameter's ({@code partnerCode}); null for anything else.
     */
    private static String requestParameterName(ConstraintViolation<?> violation) {
        Class<?>[] parameterTypes = null;
        String methodName = null;
        Integer index = null;
        int nodes = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            nodes++;
            if (node.getKind() == ElementKind.METHOD) {
                methodName = node.getName();
                parameterTypes =
                        node.as(Path.MethodNode.class).getParameterTypes().toArray(Class<?>[]::new);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        if (methodName == null || index == null || nodes != 2 || violation.getRootBeanClass() == null) {
            return null;
        }
        for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(methodName, parameterTypes);
                for (Annotation annotation : method.getParameterAnnotations()[index]) {
                    if (annotation instanceof QueryParam query) {
                        return query.value();
                    }
                    if (annotation instanceof HeaderParam header) {
                        return header.value();
                    }
                    if (annotation instanceof PathParam path) {
                        return path.value();
                    }
                }
                // a CDI subclass overrides the method without the annotations: look at the class it extends
            } catch (NoSuchMethodException notDeclaredHere) {
                // declared higher up
            }
        }
        return null;
    }
}
