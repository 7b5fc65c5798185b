package io.jsoncore.beans;

import java.util.List;

/**
 * Spring Data's {@code Chunk} in small: a package-private class whose public getters reach a public subclass only
 * through the bridge methods javac writes into it.
 */
abstract class Chunk<T> {

	private final List<T> content;

	private final int number;

	Chunk(List<T> content, int number) {
		this.content = content;
		this.number = number;
	}

	public List<T> getContent() {
		return this.content;
	}

	public int getNumber() {
		return this.number;
	}

	public int getSize() {
		return this.content.size();
	}

	public boolean isFirst() {
		return this.number == 0;
	}
}
