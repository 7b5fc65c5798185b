package io.jsoncore.internal.reflect;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.function.Function;

import io.jsoncore.Inclusion;
import io.jsoncore.PropertyNaming;

/**
 * One JSON property of a record or bean: its name, its declared type, a reader, and what Jackson's annotations
 * say of it.
 */
public final class Property {

	private final String name;

	private final Type type;

	private final Function<Object, Object> reader;

	private final String explicitName;

	private final Inclusion inclusion;

	private final Method accessor;

	private final Class<?>[] views;

	private final JacksonAnnotations.Format format;

	private final JacksonAnnotations.Unwrapped unwrapped;

	Property(String name, Type type, Function<Object, Object> reader, String explicitName, Inclusion inclusion,
			Method accessor, Class<?>[] views, JacksonAnnotations.Format format, JacksonAnnotations.Unwrapped unwrapped) {
		this.unwrapped = unwrapped;
		this.views = views;
		this.format = format;
		this.name = name;
		this.type = type;
		this.reader = reader;
		this.explicitName = explicitName;
		this.inclusion = inclusion;
		this.accessor = accessor;
	}

	/** The JSON name: {@code @JsonProperty}'s when given, else the Java name under the naming strategy. */
	public String jsonName(PropertyNaming naming) {
		return this.explicitName != null ? this.explicitName : naming.translate(this.name);
	}

	/** The property's own {@code @JsonInclude}, or {@code null} to follow the codec. */
	public Inclusion inclusion() {
		return this.inclusion;
	}

	/** {@code @JsonProperty}'s name, or {@code null}. */
	public String explicitName() {
		return this.explicitName;
	}

	/** The Java name. */
	public String name() {
		return this.name;
	}

	/** Whether {@code name} names this property, as its Java name or its {@code @JsonProperty} name. */
	public boolean named(String name) {
		return name.equals(this.name()) || name.equals(this.explicitName());
	}

	public Type type() {
		return this.type;
	}

	/** The property's own {@code @JsonFormat}, or {@code null}. */
	public JacksonAnnotations.Format format() {
		return this.format;
	}

	/** The property's {@code @JsonUnwrapped}, or {@code null}: its value's properties are written in its place. */
	public JacksonAnnotations.Unwrapped unwrapped() {
		return this.unwrapped;
	}

	/** Whether the property is written in the active {@code @JsonView}. */
	public boolean visibleIn(Class<?> view) {
		return JacksonAnnotations.visible(this.views, view);
	}

	/** A record component's accessor, for writers generated per record; {@code null} for a bean's property. */
	public Method accessor() {
		return this.accessor;
	}

	/** Reads the property of an instance; built once (see {@code Accessors}). */
	public Function<Object, Object> reader() {
		return this.reader;
	}
}
