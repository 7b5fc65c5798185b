package io.jsoncore.internal.reflect;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;

import io.jsoncore.Inclusion;
import io.jsoncore.PropertyNaming;

/**
 * One JSON property of a record or bean: its name, its declared type and a handle that reads it, typed
 * {@code (Object)Object} so every reader is called the same way.
 */
public final class Property {

	private final String name;

	private final Type type;

	private final MethodHandle reader;

	private final String explicitName;

	private final Inclusion inclusion;

	Property(String name, Type type, MethodHandle reader, String explicitName, Inclusion inclusion) {
		this.name = name;
		this.type = type;
		this.reader = reader;
		this.explicitName = explicitName;
		this.inclusion = inclusion;
	}

	/** The JSON name: {@code @JsonProperty}'s when given, else the Java name under the naming strategy. */
	public String jsonName(PropertyNaming naming) {
		return this.explicitName != null ? this.explicitName : naming.translate(this.name);
	}

	/** The property's own {@code @JsonInclude}, or {@code null} to follow the codec. */
	public Inclusion inclusion() {
		return this.inclusion;
	}

	/** The Java name. */
	public String name() {
		return this.name;
	}

	public Type type() {
		return this.type;
	}

	/** {@code (Object)Object}: call as {@code (Object) reader.invokeExact(instance)}. */
	public MethodHandle reader() {
		return this.reader;
	}
}
