package io.jsoncore.spring;

import java.util.function.BiConsumer;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonCodec;
import io.jsoncore.JsonReader;
import io.jsoncore.JsonWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.web.PagedModel;
import org.springframework.util.ClassUtils;

/**
 * Spring Data's pages written as Spring Data's Jackson support writes them, so that a page body does not change
 * when an application moves to json-core. An unpaged {@code Pageable} is {@code "INSTANCE"} (its getters throw, so
 * as a bean it would be a 500); under {@code VIA_DTO} ({@code spring.data.web.pageable.serialization-mode}), a
 * {@code PageImpl} is written as the {@link PagedModel} it makes, {@code {"content":[…],"page":{…}}}; under
 * {@code DIRECT}, the default, as a bean, as Jackson writes it.
 */
final class SpringDataPages implements JsonCodecCustomizer {

	private static final String UNPAGED = "org.springframework.data.domain.Unpaged";

	private final boolean viaDto;

	SpringDataPages(boolean viaDto) {
		this.viaDto = viaDto;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void customize(JsonCodec.Builder builder) {
		Class<?> unpaged = ClassUtils.resolveClassName(UNPAGED, SpringDataPages.class.getClassLoader());
		builder.adapter((Class) unpaged, new WrittenOnly<Object>((writer, value) -> writer.value("INSTANCE")));
		if (this.viaDto) {
			builder.adapter((Class) PageImpl.class,
					new WrittenOnly<Page<?>>((writer, page) -> writer.value(new PagedModel<>(page))));
		}
	}

	/** Writes as Spring Data's Jackson support does; reading is refused, as Jackson refuses it. */
	private static final class WrittenOnly<T> implements JsonAdapter<T> {

		private final BiConsumer<JsonWriter, T> write;

		WrittenOnly(BiConsumer<JsonWriter, T> write) {
			this.write = write;
		}

		@Override
		public void write(JsonWriter writer, T value) {
			this.write.accept(writer, value);
		}

		@Override
		public T read(JsonReader reader) {
			throw new UnsupportedOperationException("Spring Data's pages are written, not read: read a PagedModel's "
					+ "content and metadata into a type of your own");
		}
	}
}
