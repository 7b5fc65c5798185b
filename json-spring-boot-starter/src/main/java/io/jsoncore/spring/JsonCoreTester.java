package io.jsoncore.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import io.jsoncore.JsonCodec;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.boot.test.json.AbstractJsonMarshalTester;
import org.springframework.core.ResolvableType;
import org.springframework.util.Assert;

/**
 * AssertJ-based JSON tests for json-core, as {@code JacksonTester} and {@code GsonTester} are for theirs: with
 * {@code @JsonTest} (or {@code @AutoConfigureJsonTesters}), autowire a {@code JsonCoreTester<Order>} field and it
 * writes and reads with the application's {@link JsonCodec}, options, adapters and customizers included:
 *
 * <pre>{@code
 * @JsonTest
 * class OrderJsonTests {
 *
 *     @Autowired
 *     JsonCoreTester<Order> json;
 *
 *     @Test
 *     void writes() throws IOException {
 *         assertThat(this.json.write(new Order("o-1", 3))).isEqualToJson("{\"id\":\"o-1\",\"quantity\":3}");
 *     }
 * }
 * }</pre>
 *
 * Without Spring, {@link #initFields(Object, JsonCodec)} initializes the fields of a test instance.
 *
 * @param <T> the type under test
 */
public class JsonCoreTester<T> extends AbstractJsonMarshalTester<T> {

	private final JsonCodec codec;

	/** An uninitialized tester, as {@code @JsonTest}'s factory creates it before it knows the field's type. */
	protected JsonCoreTester(JsonCodec codec) {
		Assert.notNull(codec, "'codec' must not be null");
		this.codec = codec;
	}

	/** A tester of {@code type}, loading resources relative to {@code resourceLoadClass}. */
	public JsonCoreTester(Class<?> resourceLoadClass, ResolvableType type, JsonCodec codec) {
		super(resourceLoadClass, type);
		Assert.notNull(codec, "'codec' must not be null");
		this.codec = codec;
	}

	@Override
	protected String writeObject(T value, ResolvableType type) throws IOException {
		return new String(this.codec.dumps(value), StandardCharsets.UTF_8);
	}

	@Override
	@SuppressWarnings("unchecked")
	protected T readObject(InputStream inputStream, ResolvableType type) throws IOException {
		return (T) this.codec.loads(inputStream.readAllBytes(), type.getType());
	}

	@Override
	@SuppressWarnings("unchecked")
	protected T readObject(Reader reader, ResolvableType type) throws IOException {
		StringWriter text = new StringWriter();
		reader.transferTo(text);
		return (T) this.codec.loads(text.toString().getBytes(StandardCharsets.UTF_8), type.getType());
	}

	/** Initializes the {@code JsonCoreTester} fields of {@code testInstance}. */
	public static void initFields(Object testInstance, JsonCodec codec) {
		new FieldInitializerForJsonCore().initFields(testInstance, codec);
	}

	/** Initializes the {@code JsonCoreTester} fields of {@code testInstance}, with a codec made on demand. */
	public static void initFields(Object testInstance, ObjectFactory<JsonCodec> codec) {
		new FieldInitializerForJsonCore().initFields(testInstance, codec);
	}

	private static final class FieldInitializerForJsonCore extends FieldInitializer<JsonCodec> {

		FieldInitializerForJsonCore() {
			super(JsonCoreTester.class);
		}

		@Override
		protected AbstractJsonMarshalTester<Object> createTester(Class<?> resourceLoadClass, ResolvableType type,
				JsonCodec marshaller) {
			return new JsonCoreTester<>(resourceLoadClass, type, marshaller);
		}
	}
}
