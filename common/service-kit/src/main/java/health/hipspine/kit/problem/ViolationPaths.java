package health.hipspine.kit.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Turns a Bean Validation path such as {@code list.arg1.size} or {@code create.body.findings[2].value}
 * into what a client sent: the parameter's name ({@code size}) or the JSON path inside the body
 * ({@code findings[2].value}). Never the Java method path.
 */
final class ViolationPaths {

    /** Where a violation lies: in a parameter (400) or in the body (422). */
    record Located(boolean inBody, Violation violation) {
    }

    private ViolationPaths() {
    }

    static Located locate(ConstraintViolation<?> violation, Method method) {
        List<Path.Node> nodes = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            nodes.add(node);
        }
        Iterator<Path.Node> it = nodes.iterator();
        // skip the method node; the next is the parameter
        while (it.hasNext()) {
            Path.Node node = it.next();
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                Annotation[] annotations = method == null ? new Annotation[0] : method.getParameterAnnotations()[index];
                List<Path.Node> rest = nodes.subList(nodes.indexOf(node) + 1, nodes.size());
                if (isBeanParam(annotations) && !rest.isEmpty() && method != null) {
                    String property = rest.get(0).getName();
                    return new Located(false, new Violation(beanParamName(method.getParameterTypes()[index], property),
                            violation.getMessage()));
                }
                String name = ParameterConverters.parameterName(annotations);
                if (!"parameter".equals(name)) {
                    return new Located(false, new Violation(name, violation.getMessage()));
                }
                return new Located(true, new Violation(jsonPath(rest), violation.getMessage()));
            }
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return null;
            }
        }
        // validated outside a resource method (a service bean's @Valid argument): the bean's own path
        return new Located(true, new Violation(jsonPath(nodes), violation.getMessage()));
    }

    private static boolean isBeanParam(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof BeanParam) {
                return true;
            }
        }
        return false;
    }

    private static String beanParamName(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(property);
                String name = ParameterConverters.parameterName(field.getAnnotations());
                return "parameter".equals(name) ? property : name;
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        return property;
    }

    /** {@code findings[2].value}: property names joined by dots, list indexes in brackets. */
    static String jsonPath(List<Path.Node> nodes) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // the index or key of a node "in an iterable" belongs to the container before it: parts[1].label
            if (node.isInIterable() && !path.isEmpty()) {
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    path.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getKind() == ElementKind.BEAN || node.getKind() == ElementKind.CONTAINER_ELEMENT
                    || node.getName() == null) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(node.getName());
        }
        return path.toString();
    }
}
