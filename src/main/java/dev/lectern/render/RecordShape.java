package dev.lectern.render;

import dev.lectern.Fingerprint;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * A record class as views are read: its name's fingerprint and its components' accessors, in declaration order, as
 * method handles typed {@code (Object)Object}. At 100,000 papers the fingerprint and the templates read components
 * hundreds of millions of times, and a handle costs less than reflection.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final long name;
    private final MethodHandle[] accessors;
    /** The index of each component a template may read by name, see {@link #templateIndex}. */
    private final Map<String, Integer> templateNames = new HashMap<>();

    private RecordShape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        accessors = new MethodHandle[components.length];
        MethodType generic = MethodType.methodType(Object.class, Object.class);
        boolean publicType = Modifier.isPublic(type.getModifiers());
        for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            try {
                accessors[i] = MethodHandles.lookup().unreflect(accessor).asType(generic);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + accessor + " of a view", e);
            }
            if (publicType && Modifier.isPublic(accessor.getModifiers())) {
                templateNames.put(components[i].getName(), i);
            }
        }
        name = new Fingerprint().add(type.getName()).value();
    }

    /** The shape of record class {@code type}. */
    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /** The fingerprint of the class's name. */
    long name() {
        return name;
    }

    /** How many components the record has. */
    int size() {
        return accessors.length;
    }

    /** Component {@code index} of {@code record}, an instance of this shape's class. */
    Object read(Object record, int index) {
        try {
            return (Object) accessors[index].invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a component of a " + record.getClass(), e);
        }
    }

    /**
     * The index of the component that a template reading {@code key} gets, or -1 when Freemarker's own rules decide
     * what the key means: a component of a public record whose accessor is public, as Freemarker shows it (before a
     * JavaBeans getter of the same name, as Freemarker does).
     */
    int templateIndex(String key) {
        Integer index = templateNames.get(key);
        return index == null ? -1 : index;
    }
}
