package io.jsoncore.beans;

import java.util.List;

/** Spring Data's {@code PageImpl} in small: public, with its own getters beside those of {@link Chunk}. */
public class PageLike<T> extends Chunk<T> {

	private final long total;

	public PageLike(List<T> content, int number, long total) {
		super(content, number);
		this.total = total;
	}

	public long getTotalElements() {
		return this.total;
	}

	/** A covariant override: javac adds a bridge returning Object, which must not become a second property. */
	public static class Named extends PageLike<String> implements Titled {

		public Named(List<String> content) {
			super(content, 0, content.size());
		}

		@Override
		public String getTitle() {
			return "names";
		}
	}

	/** Declares the title as an Object, which Named narrows. */
	public interface Titled {

		Object getTitle();

	}
}
