package io.jsoncore;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import javax.tools.ToolProvider;

import com.fasterxml.jackson.annotation.JsonView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property over random sealed hierarchies, generated as source, compiled and loaded for the test: records and
 * beans, nested sealed interfaces, {@code @JsonTypeName}s, properties of every kind including the hierarchy itself,
 * each in a random {@code @JsonView} or none. For random values of each: {@code dumps} then {@code loads} as the
 * root type gives the same bytes, also with every object's keys shuffled (the discriminator anywhere); under a view,
 * each object holds exactly the properties visible in it, and reads back to the same bytes.
 */
class RandomHierarchyRoundTripTest {

	private static final int HIERARCHIES = 12;

	private static final int VALUES = 150;

	private static final String[] KINDS = { "int", "long", "double", "String", "boolean", "List<String>", "ROOT",
			"List<ROOT>" };

	private static final String[] VIEWS = { null, "V1", "V2" };

	private static final String[] TEXTS = { "", "a", "\"quoted\"", "tab\tand\\", "\u00e9t\u00e9", "\ud83d\ude00", "type" };

	/** What the generator wrote of a member: its discriminator name and each property's view. */
	private record Member(String className, String id, Map<String, String> views) {
	}

	@Test
	void randomHierarchiesRoundTripWithTheirDiscriminatorsAnywhereAndUnderViews(@TempDir Path dir) throws Exception {
		Random random = new Random(20261205);
		Map<Integer, List<Member>> members = new LinkedHashMap<>();
		String source = source(random, members);
		Path file = dir.resolve("Generated.java");
		Files.writeString(file, source);
		String annotations = Path.of(JsonView.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-cp", annotations, "-d",
				dir.toString(), file.toString())).as(source).isZero();
		int objects = 0;
		try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() }, getClass().getClassLoader())) {
			Class<?> v1 = loader.loadClass("Generated$V1");
			Class<?> v2 = loader.loadClass("Generated$V2");
			for (Map.Entry<Integer, List<Member>> hierarchy : members.entrySet()) {
				Class<?> root = loader.loadClass("Generated$H" + hierarchy.getKey());
				Map<String, Member> byId = new HashMap<>();
				List<Class<?>> classes = new ArrayList<>();
				for (Member member : hierarchy.getValue()) {
					byId.put(member.id(), member);
					classes.add(loader.loadClass("Generated$" + member.className()));
				}
				for (int i = 0; i < VALUES; i++) {
					Object value = value(random, classes, 0);
					objects += roundTrip(random, root, value, byId, v1, v2);
				}
			}
		}
		assertThat(objects).isGreaterThan(HIERARCHIES * VALUES);
	}

	// Returns how many objects of the hierarchy the value held.
	private static int roundTrip(Random random, Class<?> root, Object value, Map<String, Member> byId, Class<?> v1,
			Class<?> v2) {
		byte[] json = Json.dumps(value);
		String text = new String(json, StandardCharsets.UTF_8);
		assertThat(text(Json.dumps(Json.loads(json, root)))).as(text).isEqualTo(text);
		byte[] shuffled = Json.dumps(shuffle(Json.loads(json), random));
		assertThat(text(Json.dumps(Json.loads(shuffled, root)))).as(text(shuffled)).isEqualTo(text);
		for (Class<?> view : List.of(v1, v2)) {
			JsonCodec codec = JsonCodec.builder().view(view).build();
			byte[] viewed = codec.dumps(value);
			checkVisible(Json.loads(viewed), byId, view == v1 ? Set.of("V1") : Set.of("V1", "V2"), text(viewed));
			assertThat(text(codec.dumps(codec.loads(viewed, root)))).as(text(viewed)).isEqualTo(text(viewed));
		}
		return count(Json.loads(json));
	}

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	// Each object of the hierarchy holds its discriminator and exactly the properties in the active view's views.
	private static void checkVisible(Object tree, Map<String, Member> byId, Set<String> visible, String json) {
		if (tree instanceof Map<?, ?> map) {
			Member member = byId.get((String) map.get("type"));
			assertThat(member).as(json).isNotNull();
			Set<String> expected = new TreeSet<>(Set.of("type"));
			member.views().forEach((name, view) -> {
				if (view != null && visible.contains(view)) {
					expected.add(name);
				}
			});
			assertThat(new TreeSet<>(map.keySet().stream().map(Object::toString).toList())).as(json).isEqualTo(expected);
			for (Object child : map.values()) {
				if (child instanceof List || child instanceof Map) {
					checkVisible(child, byId, visible, json);
				}
			}
		}
		else if (tree instanceof List<?> list) {
			for (Object element : list) {
				// lists of strings hold no objects
				if (element instanceof Map) {
					checkVisible(element, byId, visible, json);
				}
			}
		}
	}

	private static int count(Object tree) {
		int objects = tree instanceof Map ? 1 : 0;
		if (tree instanceof Map<?, ?> map) {
			for (Object child : map.values()) {
				objects += count(child);
			}
		}
		else if (tree instanceof List<?> list) {
			for (Object child : list) {
				objects += count(child);
			}
		}
		return objects;
	}

	private static Object shuffle(Object tree, Random random) {
		if (tree instanceof Map<?, ?> map) {
			List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
			Collections.shuffle(entries, random);
			Map<Object, Object> shuffled = new LinkedHashMap<>();
			for (Map.Entry<?, ?> entry : entries) {
				shuffled.put(entry.getKey(), shuffle(entry.getValue(), random));
			}
			return shuffled;
		}
		if (tree instanceof List<?> list) {
			return list.stream().map((element) -> shuffle(element, random)).toList();
		}
		return tree;
	}

	// ---- generated source

	private static String source(Random random, Map<Integer, List<Member>> members) {
		StringBuilder java = new StringBuilder("import java.util.List;\n")
			.append("import com.fasterxml.jackson.annotation.JsonTypeName;\n")
			.append("import com.fasterxml.jackson.annotation.JsonView;\n")
			.append("public class Generated {\n  public static class V1 {}\n  public static class V2 extends V1 {}\n");
		for (int h = 0; h < HIERARCHIES; h++) {
			String root = "H" + h;
			String nested = random.nextBoolean() ? root + "S" : null;
			List<String> rootPermits = new ArrayList<>();
			List<String> nestedPermits = new ArrayList<>();
			List<Member> hierarchy = new ArrayList<>();
			int count = 2 + random.nextInt(4);
			boolean[] underNested = new boolean[count];
			for (int m = 0; m < count; m++) {
				// a nested sealed type needs a member: the last one goes under it
				underNested[m] = nested != null && (random.nextBoolean() || m == count - 1);
			}
			for (int m = 0; m < count; m++) {
				String name = root + "M" + m;
				(underNested[m] ? nestedPermits : rootPermits).add(name);
				String id = random.nextInt(3) == 0 ? "n" + h + "_" + m : name;
				Map<String, String> views = new LinkedHashMap<>();
				StringBuilder properties = new StringBuilder();
				int propertyCount = 1 + random.nextInt(4);
				boolean record = random.nextInt(10) < 7;
				for (int p = 0; p < propertyCount; p++) {
					String view = VIEWS[random.nextInt(VIEWS.length)];
					String kind = KINDS[random.nextInt(KINDS.length)].replace("ROOT", root);
					views.put("p" + p, view);
					String annotation = view != null ? "@JsonView(" + view + ".class) " : "";
					properties.append(record ? (p > 0 ? ", " : "") + annotation + kind + " p" + p
							: "    " + annotation + "public " + kind + " p" + p + ";\n");
				}
				java.append(id.equals(name) ? "" : "  @JsonTypeName(\"" + id + "\")\n");
				String parent = underNested[m] ? nested : root;
				java.append(record ? "  public record " + name + "(" + properties + ") implements " + parent + " {}\n"
						: "  public static final class " + name + " implements " + parent + " {\n" + properties + "  }\n");
				hierarchy.add(new Member(name, id, views));
			}
			if (nested != null) {
				rootPermits.add(nested);
				java.append("  public sealed interface ").append(nested).append(" extends ").append(root)
					.append(" permits ").append(String.join(", ", nestedPermits)).append(" {}\n");
			}
			java.append("  public sealed interface ").append(root).append(" permits ")
				.append(String.join(", ", rootPermits)).append(" {}\n");
			members.put(h, hierarchy);
		}
		return java.append("}\n").toString();
	}

	// ---- random values

	private static Object value(Random random, List<Class<?>> classes, int depth) throws Exception {
		Class<?> type = classes.get(random.nextInt(classes.size()));
		if (type.isRecord()) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] types = new Class<?>[components.length];
			Object[] arguments = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				arguments[i] = value(random, components[i].getGenericType(), classes, depth);
			}
			Constructor<?> constructor = type.getDeclaredConstructor(types);
			return constructor.newInstance(arguments);
		}
		Object bean = type.getConstructor().newInstance();
		for (Field field : type.getFields()) {
			field.set(bean, value(random, field.getGenericType(), classes, depth));
		}
		return bean;
	}

	private static Object value(Random random, Type type, List<Class<?>> classes, int depth) throws Exception {
		if (type == int.class) {
			return random.nextInt();
		}
		if (type == long.class) {
			return random.nextLong();
		}
		if (type == double.class) {
			return random.nextInt(3) == 0 ? (double) random.nextInt(100) : random.nextDouble() * 1e6;
		}
		if (type == boolean.class) {
			return random.nextBoolean();
		}
		if (type == String.class) {
			return random.nextInt(8) == 0 ? null : TEXTS[random.nextInt(TEXTS.length)];
		}
		if (type instanceof ParameterizedType parameterized) {
			Type element = parameterized.getActualTypeArguments()[0];
			List<Object> list = new ArrayList<>();
			for (int n = depth < 2 ? random.nextInt(3) : 0; n > 0; n--) {
				list.add(element == String.class ? TEXTS[random.nextInt(TEXTS.length)] : value(random, classes, depth + 1));
			}
			return list;
		}
		// the hierarchy itself
		return depth < 2 && random.nextBoolean() ? value(random, classes, depth + 1) : null;
	}
}
