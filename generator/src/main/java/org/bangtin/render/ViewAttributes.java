package org.bangtin.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import org.bangtin.render.view.NoticeView;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

/**
 * Reads the components of the records templates see ({@code notice.title}, {@code item.date.iso})
 * through method handles looked up once per record class, where Pebble's default resolver looks
 * the accessor up again and calls it by reflection at every use; templates do that hundreds of
 * times a page. It answers exactly as Pebble would, and leaves everything else to Pebble: other
 * objects, calls with arguments, and a component that a {@code getX}, {@code isX} or {@code hasX}
 * method would shadow in Pebble's lookup. Thread-safe.
 */
final class ViewAttributes implements AttributeResolver {
    private static final String VIEW_PACKAGE = NoticeView.class.getPackageName();
    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
            ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || (argumentValues != null && argumentValues.length > 0)) {
            return null;
        }
        MethodHandle accessor = ACCESSORS.get(instance.getClass()).get(String.valueOf(attributeNameValue));
        if (accessor == null) {
            return null;
        }
        try {
            return new ResolvedAttribute((Object) accessor.invokeExact(instance));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + attributeNameValue + " of " + instance.getClass(), e);
        }
    }

    /** The accessors of a public record of the view package by component name; empty for any other class. */
    private static Map<String, MethodHandle> accessors(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || !type.getPackageName().equals(VIEW_PACKAGE)) {
            return Map.of();
        }
        Map<String, MethodHandle> accessors = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (hasNoArgumentMethod(type, "get" + capitalized) || hasNoArgumentMethod(type, "is" + capitalized)
                    || hasNoArgumentMethod(type, "has" + capitalized)) {
                continue; // Pebble would call that method: leave it to Pebble
            }
            try {
                accessors.put(name, lookup.unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class)));
            } catch (IllegalAccessException e) {
                return Map.of(); // not readable from here: Pebble decides
            }
        }
        return Map.copyOf(accessors);
    }

    private static boolean hasNoArgumentMethod(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }
}
