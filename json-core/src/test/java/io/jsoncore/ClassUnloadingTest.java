package io.jsoncore;

import java.lang.ref.WeakReference;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jsoncore.testing.OwnClassLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cache of jsoncore's keeps an application's classes alive: a class loaded in a loader of its own, written and
 * read every way (the static methods, codecs without adapters, a codec with adapters, generic types), is collected
 * with its loader once the application lets go of it, as after a DevTools restart or a redeploy.
 *
 * <p>What is read is compared by what it writes, never with {@code equals}: a record's {@code equals} is linked
 * through method handles, and the JDK (17 at least) keeps the last {@code asType} of a shared handle, which holds the
 * record's class until another call replaces it (checked without jsoncore at all).
 */
class ClassUnloadingTest {

	private static final String PACKAGE = "io.jsoncore.unloading.";

	// Lives on after the loader is dropped, as an application's long-lived codec would.
	private static final JsonCodec SORTED = JsonCodec.builder()
		.options(JsonOption.SORT_KEYS)
		.propertyNaming(PropertyNaming.SNAKE_CASE)
		.build();

	@Test
	void aClassUsedBothWaysIsCollectedWithItsLoader() throws Exception {
		WeakReference<ClassLoader> loader = useInOwnLoader();
		for (int i = 0; i < 100 && loader.get() != null; i++) {
			System.gc();
			List<byte[]> garbage = new ArrayList<>();
			for (int j = 0; j < 64; j++) {
				garbage.add(new byte[64 * 1024]);
			}
			assertThat(garbage).hasSize(64);
			Thread.sleep(20);
		}
		assertThat(loader.get()).as("the class loader, after every use").isNull();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static WeakReference<ClassLoader> useInOwnLoader() throws Exception {
		OwnClassLoader loader = new OwnClassLoader(PACKAGE);
		Class<?> parcelType = loader.loadClass(PACKAGE + "Parcel");
		Class<?> labelType = loader.loadClass(PACKAGE + "Parcel$Label");
		assertThat(parcelType.getClassLoader() == loader).as("loaded by its own loader").isTrue();
		Object parcel = parcelType.getMethod("sample").invoke(null);

		byte[] json = Json.dumps(parcel);

		assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"p1\",\"items\":[{\"sku\":\"a-1\","
				+ "\"quantity\":2}],\"byName\":{\"a\":{\"sku\":\"a-1\",\"quantity\":2}}}");
		assertThat(Json.dumps(Json.loads(json, parcelType))).isEqualTo(json);
		byte[] list = Json.dumps(parcelType.getMethod("many").invoke(null));
		Type listType = parcelType.getMethod("many").getGenericReturnType();
		assertThat(Json.dumps(Json.loads(list, listType))).isEqualTo(list);
		byte[] map = Json.dumps(parcelType.getMethod("byKey").invoke(null));
		Type mapType = parcelType.getMethod("byKey").getGenericReturnType();
		assertThat(Json.dumps(Json.loads(map, mapType))).isEqualTo(map);
		byte[] sorted = SORTED.dumps(parcel);
		assertThat(new String(sorted, StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"p1\",\"items\":[{\"sku\":\"a-1\","
				+ "\"quantity\":2}],\"by_name\":{\"a\":{\"sku\":\"a-1\",\"quantity\":2}}}");
		assertThat(SORTED.dumps(SORTED.loads(sorted, parcelType))).isEqualTo(sorted);

		// a codec with an adapter for a class of the loader, dropped with it
		JsonAdapter labels = JsonAdapter.text(Object::toString, (text) -> {
			try {
				return labelType.getConstructor(String.class).newInstance(text);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		});
		JsonCodec codec = JsonCodec.builder().adapter((Class) labelType, labels).build();
		Class<?> labelledType = loader.loadClass(PACKAGE + "Parcel$Labelled");
		Object labelled = labelledType.getConstructors()[0].newInstance(parcelType.getConstructors()[0]
			.newInstance("p2", List.of(), Map.of()), labelType.getConstructor(String.class).newInstance("fragile"));
		byte[] labelledJson = codec.dumps(labelled);
		assertThat(new String(labelledJson, StandardCharsets.UTF_8))
			.isEqualTo("{\"parcel\":{\"id\":\"p2\",\"items\":[],\"byName\":{}},\"label\":\"fragile\"}");
		assertThat(codec.dumps(codec.loads(labelledJson, labelledType))).isEqualTo(labelledJson);
		assertThat(codec.dumps(codec.convert(Json.loads(labelledJson), labelledType))).isEqualTo(labelledJson);
		return new WeakReference<>(loader);
	}
}
