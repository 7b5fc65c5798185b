package io.jsoncore.internal.encode;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small, bounded, lock-free pool of encoders and their buffers. A thread takes one with a compare-and-set
 * from a few slots picked by its id and gives it back the same way; when every slot it tries is empty it
 * makes a new encoder, and when they are all full the returned one is dropped. So memory is bounded by the
 * slot count times {@link io.jsoncore.internal.write.ByteWriter#MAX_RETAINED_CAPACITY}, whatever the number of
 * threads: unlike a ThreadLocal, 10,000 virtual threads do not pin 10,000 buffers.
 */
final class EncoderPool {

	private static final int SLOTS = slotCount();

	private static final int PROBES = 4;

	private static final AtomicReferenceArray<Encoder> POOL = new AtomicReferenceArray<>(SLOTS);

	private EncoderPool() {
	}

	private static int slotCount() {
		int wanted = Math.max(4, Math.min(64, 2 * Runtime.getRuntime().availableProcessors()));
		return Integer.highestOneBit(wanted - 1) << 1;
	}

	static Encoder acquire() {
		int start = probe();
		for (int i = 0; i < PROBES; i++) {
			int slot = (start + i) & (SLOTS - 1);
			Encoder encoder = POOL.get(slot);
			if (encoder != null && POOL.compareAndSet(slot, encoder, null)) {
				return encoder;
			}
		}
		return new Encoder();
	}

	static void release(Encoder encoder) {
		encoder.release();
		int start = probe();
		for (int i = 0; i < PROBES; i++) {
			int slot = (start + i) & (SLOTS - 1);
			if (POOL.get(slot) == null && POOL.compareAndSet(slot, null, encoder)) {
				return;
			}
		}
	}

	/** The buffer bytes the pool holds now: what stays pinned between calls (for tests of the bound). */
	static long retainedBytes() {
		long bytes = 0;
		for (int slot = 0; slot < SLOTS; slot++) {
			Encoder encoder = POOL.get(slot);
			if (encoder != null) {
				bytes += encoder.buf.length;
			}
		}
		return bytes;
	}

	static int slots() {
		return SLOTS;
	}

	// Spreads threads over the slots; sequential thread ids map to different slots.
	private static int probe() {
		@SuppressWarnings("deprecation")
		long id = Thread.currentThread().getId();
		return (int) (id * 0x9E3779B97F4A7C15L >>> 40);
	}
}
