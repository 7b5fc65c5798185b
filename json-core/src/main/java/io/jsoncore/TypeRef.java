package io.jsoncore;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A super-type token: captures a generic type that a {@code Class} cannot express, for typed {@code loads}.
 *
 * <pre>{@code
 * List<Order> orders = Json.loads(bytes, new TypeRef<List<Order>>() {});
 * }</pre>
 *
 * @param <T> the type to read
 */
public abstract class TypeRef<T> {

	private final Type type;

	protected TypeRef() {
		Type superclass = getClass().getGenericSuperclass();
		if (!(superclass instanceof ParameterizedType)) {
			throw new IllegalStateException("TypeRef must be created with a type argument: new TypeRef<List<Order>>() {}");
		}
		this.type = ((ParameterizedType) superclass).getActualTypeArguments()[0];
	}

	/** The captured type, such as {@code java.util.List<com.acme.Order>}. */
	public Type type() {
		return this.type;
	}

	@Override
	public String toString() {
		return "TypeRef<" + this.type.getTypeName() + ">";
	}
}
