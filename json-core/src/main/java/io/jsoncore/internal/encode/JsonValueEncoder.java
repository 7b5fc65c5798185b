package io.jsoncore.internal.encode;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

import io.jsoncore.internal.Errors;
import io.jsoncore.internal.reflect.Creators;

/** Jackson's {@code @JsonValue}: a value type, or an enum, written as what its one method returns. */
public final class JsonValueEncoder {

	private JsonValueEncoder() {
	}

	/** Writes what {@code method} returns in the object's place. */
	public static ValueEncoder of(Method method) {
		MethodHandle reader = Creators.value(method);
		return (out, value, depth) -> {
			Object replacement;
			try {
				replacement = (Object) reader.invokeExact(value);
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw Errors.notSerializable(value.getClass(), ex);
			}
			out.writeValue(replacement, depth);
		};
	}
}
