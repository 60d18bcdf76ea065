package org.runmuscle.app;

import java.lang.reflect.Field;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.PicocliException;

/**
 * What {@link CommandModels} needs of reflection: the commands' fields and classes by name, as
 * picocli reaches them, but without reading an annotation. Fields and classes are named, not
 * referenced, because most of them are package-private in their feature's package.
 */
final class Bindings {
    private Bindings() {}

    /** A new instance of {@code type}, made by picocli's own factory as for an annotated command. */
    static <T> T create(Class<T> type) {
        try {
            return CommandLine.defaultFactory().create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    /** A new instance of the class named {@code binaryName} (one not visible from this package). */
    static Object create(String binaryName) {
        return create(type(binaryName));
    }

    /** A new instance of the converter class named {@code binaryName} (one not visible from this package). */
    static ITypeConverter<?> converter(String binaryName) {
        return (ITypeConverter<?>) create(binaryName);
    }

    /** The class named {@code binaryName}. */
    static Class<?> type(String binaryName) {
        try {
            return Class.forName(binaryName, false, Bindings.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no class " + binaryName, e);
        }
    }

    /** The field {@code name} of {@code owner}, read and written as picocli's binding of an annotated field is. */
    static Field field(Object owner, String name) {
        try {
            Field field = owner.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(owner.getClass().getName() + " has no field " + name, e);
        }
    }

    /** A getter and setter of the field {@code name} of {@code owner}. */
    static Binding bind(Object owner, String name) {
        return new Binding(owner, field(owner, name));
    }

    /**
     * {@code builder} bound to the field {@code name} of {@code owner}, whose value now is the
     * argument's initial value: picocli resets the field to it before each parse, as it does an
     * annotated field to the value it held when first asked. The description key and prompt are an
     * annotation's defaults (empty), not the builder's (none).
     */
    static OptionSpec.Builder arg(OptionSpec.Builder builder, Object owner, String name) {
        Binding field = bind(owner, name);
        return builder.getter(field)
                .setter(field)
                .initialValue(field.get())
                .descriptionKey("")
                .prompt("");
    }

    /** As {@link #arg(OptionSpec.Builder, Object, String)}, for a positional parameter. */
    static PositionalParamSpec.Builder arg(PositionalParamSpec.Builder builder, Object owner, String name) {
        Binding field = bind(owner, name);
        return builder.getter(field)
                .setter(field)
                .initialValue(field.get())
                .descriptionKey("")
                .prompt("");
    }

    /** A getter and setter of a value no command's field holds, {@code initial} at first. */
    static Binding value(Object initial) {
        Holder holder = new Holder();
        holder.value = initial;
        return bind(holder, "value");
    }

    /** The value of the field {@code name} of {@code owner}: a mixin, made and set when the field holds none. */
    static Object mixin(Object owner, String name) {
        Binding field = bind(owner, name);
        Object mixin = field.get();
        if (mixin == null) {
            mixin = create(field.field.getType());
            field.set(mixin);
        }
        return mixin;
    }

    /** Sets the field {@code name} of {@code owner} to {@code value} (a {@code @Spec} field, say). */
    static void inject(Object owner, String name, Object value) {
        bind(owner, name).set(value);
    }

    private static final class Holder {
        Object value;
    }

    /** One field of one object, as picocli's {@code FieldBinding} reads and writes it. */
    static final class Binding implements IGetter, ISetter {
        private final Object owner;
        private final Field field;

        Binding(Object owner, Field field) {
            this.owner = owner;
            this.field = field;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            try {
                return (T) field.get(owner);
            } catch (Exception e) {
                throw new PicocliException("Could not get value for field " + field, e);
            }
        }

        /** Sets the field and returns its previous value; a failure reads as picocli's own. */
        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            try {
                T previous = (T) field.get(owner);
                field.set(owner, value);
                return previous;
            } catch (Exception e) {
                throw new PicocliException("Could not set value for field " + field + " to " + value, e);
            }
        }
    }
}
