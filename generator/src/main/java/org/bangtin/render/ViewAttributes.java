package org.bangtin.render;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.bangtin.render.view.NoticeView;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

/**
 * Reads the components of the records templates see ({@code notice.title}, {@code item.date.iso})
 * through functions made once per record class, where Pebble's default resolver looks the accessor
 * up again and calls it by reflection at every use; templates do that hundreds of times a page.
 * The functions are lambdas over the accessors ({@link LambdaMetafactory}): a method handle kept
 * in a map is not a constant to the JIT, and its generic invoker took most of the lookup's time.
 * It answers exactly as Pebble would, and leaves everything else to Pebble: other
 * objects, calls with arguments, and a component that a {@code getX}, {@code isX} or {@code hasX}
 * method would shadow in Pebble's lookup. Thread-safe.
 */
final class ViewAttributes implements AttributeResolver {
    private static final String VIEW_PACKAGE = NoticeView.class.getPackageName();
    private static final ClassValue<Map<String, Function<Object, Object>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
            ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || (argumentValues != null && argumentValues.length > 0)) {
            return null;
        }
        Function<Object, Object> accessor = ACCESSORS.get(instance.getClass()).get(String.valueOf(attributeNameValue));
        return accessor == null ? null : new ResolvedAttribute(accessor.apply(instance));
    }

    /** The accessors of a public record of the view package by component name; empty for any other class. */
    private static Map<String, Function<Object, Object>> accessors(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || !type.getPackageName().equals(VIEW_PACKAGE)) {
            return Map.of();
        }
        Map<String, Function<Object, Object>> accessors = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (hasNoArgumentMethod(type, "get" + capitalized) || hasNoArgumentMethod(type, "is" + capitalized)
                    || hasNoArgumentMethod(type, "has" + capitalized)) {
                continue; // Pebble would call that method: leave it to Pebble
            }
            try {
                accessors.put(name, function(lookup, component.getAccessor()));
            } catch (IllegalAccessException | LambdaConversionException e) {
                return Map.of(); // not readable from here: Pebble decides
            }
        }
        return Map.copyOf(accessors);
    }

    /** {@code accessor} as a function of the record to its value (boxed, for a primitive). */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(MethodHandles.Lookup lookup, Method accessor)
            throws IllegalAccessException, LambdaConversionException {
        MethodHandle handle = lookup.unreflect(accessor);
        MethodType boxed = MethodType.methodType(accessor.getReturnType()).wrap();
        CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                MethodType.methodType(Object.class, Object.class), handle,
                MethodType.methodType(boxed.returnType(), accessor.getDeclaringClass()));
        try {
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make the accessor of " + accessor, e);
        }
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
