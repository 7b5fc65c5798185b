package io.jsoncore.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jsoncore.TypeRef;

/**
 * The polymorphic types polymorphic fuzzing reads into: a sealed hierarchy with a nested sealed one, records and a
 * bean as members, members holding members (so discriminators nest), a generic sealed {@code Result<T>}, and a
 * {@code @JsonTypeInfo} hierarchy with its own property.
 */
final class FuzzShapes {

	sealed interface Shape permits Circle, Rect, Group, Poly, Note {
	}

	record Circle(double r) implements Shape {
	}

	record Rect(int w, int h) implements Shape {
	}

	record Group(String name, List<Shape> items, Shape first, Map<String, Shape> named) implements Shape {
	}

	sealed interface Poly extends Shape permits Tri, Quad {
	}

	record Tri(List<Integer> sides) implements Poly {
	}

	@JsonTypeName("quad")
	record Quad(Poly inner, long n) implements Poly {
	}

	public static final class Note implements Shape {

		public String text;

		public Shape ref;
	}

	sealed interface Result<T> permits Ok, Err {
	}

	record Ok<T>(T value) implements Result<T> {
	}

	record Err<T>(String error) implements Result<T> {
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Created.class, name = "created"),
			@JsonSubTypes.Type(value = Moved.class, names = { "moved", "mv" }) })
	interface Event {
	}

	record Created(String id) implements Event {
	}

	record Moved(Event cause, double x, Shape shape) implements Event {
	}

	static final List<TypeRef<?>> TYPES = List.of(new TypeRef<Shape>() {
	}, new TypeRef<Poly>() {
	}, new TypeRef<List<Shape>>() {
	}, new TypeRef<Result<List<Shape>>>() {
	}, new TypeRef<Event>() {
	}, new TypeRef<Group>() {
	}, new TypeRef<Map<String, Result<Event>>>() {
	});

	/** The discriminator properties of these types: {@link #discriminatorsFirst} moves them. */
	private static final List<String> DISCRIMINATORS = List.of("type", "kind");

	private FuzzShapes() {
	}

	/** The untyped tree with, in every object, the discriminator properties moved first. */
	static Object discriminatorsFirst(Object tree) {
		if (tree instanceof Map<?, ?> map) {
			Map<Object, Object> moved = new LinkedHashMap<>();
			for (String name : DISCRIMINATORS) {
				if (map.containsKey(name)) {
					moved.put(name, discriminatorsFirst(map.get(name)));
				}
			}
			map.forEach((key, value) -> moved.putIfAbsent(key, discriminatorsFirst(value)));
			return moved;
		}
		if (tree instanceof List<?> list) {
			return list.stream().map(FuzzShapes::discriminatorsFirst).toList();
		}
		return tree;
	}
}
