package io.jsoncore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberTest {

	@Test
	void integersOfEveryWidth() {
		assertThat(dumps(List.of((byte) -128, (short) 32767, -5000, 0, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE)))
			.isEqualTo("[-128,32767,-5000,0,-2147483648,9223372036854775807,-9223372036854775808]");
	}

	@Test
	void longsMatchLongToStringForRandomValues() {
		Random random = new Random(7);
		for (int i = 0; i < 50_000; i++) {
			long value = random.nextLong() >> random.nextInt(64);
			assertThat(dumps(value)).isEqualTo(Long.toString(value));
			assertThat(dumps((int) value)).isEqualTo(Integer.toString((int) value));
		}
	}

	@Test
	void powersOfTenAndTheirNeighbours() {
		long power = 1;
		for (int i = 0; i < 19; i++) {
			for (long value : new long[] { power - 1, power, power + 1, -power }) {
				assertThat(dumps(value)).isEqualTo(Long.toString(value));
			}
			power *= 10;
		}
	}

	@Test
	void atomicsByValue() {
		assertThat(dumps(List.of(new AtomicInteger(3), new AtomicLong(-4)))).isEqualTo("[3,-4]");
	}

	@Test
	void bigIntegersKeepEveryDigit() {
		BigInteger huge = BigInteger.TEN.pow(40).add(BigInteger.ONE);
		assertThat(dumps(List.of(huge, huge.negate(), BigInteger.valueOf(5), new BigInteger("18446744073709551615"))))
			.isEqualTo("[10000000000000000000000000000000000000001,-10000000000000000000000000000000000000001,5,18446744073709551615]");
	}

	@Test
	void bigDecimalsKeepTheirDigitsAndExponent() {
		assertThat(dumps(List.of(new BigDecimal("1.50"), new BigDecimal("1E+3"), new BigDecimal("-0.000001"),
				new BigDecimal("1e1000000"), new BigDecimal("123456789012345678901234567890.5"))))
			.isEqualTo("[1.50,1e+3,-0.000001,1e+1000000,123456789012345678901234567890.5]");
	}

	@Test
	void floatsUseTheirOwnShortestDigits() {
		assertThat(dumps(List.of(0.1f, 1.0f, 3.4028235e38f, 1e-7f, Float.NaN))).isEqualTo("[0.1,1.0,3.4028235e+38,1e-7,null]");
	}

	@Test
	void doublesInOrjsonLayout() {
		assertThat(dumps(List.of(1.0, 100.0, 0.00001, 1e-6, 1e16, -0.0, 5e-324, 1e15, 0.1 + 0.2, 1.7976931348623157e308)))
			.isEqualTo("[1.0,100.0,0.00001,1e-6,1e+16,-0.0,5e-324,1000000000000000.0,0.30000000000000004,1.7976931348623157e+308]");
	}

	@Test
	void nanAndInfinitiesAreNull() {
		assertThat(dumps(new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }))
			.isEqualTo("[null,null,null]");
	}

	@Test
	void strictIntegerAllowsTheSafeRange() {
		assertThat(dumps(List.of(9007199254740991L, -9007199254740991L), JsonOption.STRICT_INTEGER))
			.isEqualTo("[9007199254740991,-9007199254740991]");
	}

	@Test
	void strictIntegerRejectsBeyond53Bits() {
		for (Object value : List.of(9007199254740992L, -9007199254740992L, new long[] { 1L << 60 },
				BigInteger.valueOf(Long.MIN_VALUE), new AtomicLong(1L << 53))) {
			assertThatThrownBy(() -> Json.dumps(value, JsonOption.STRICT_INTEGER)).isInstanceOf(JsonEncodeException.class)
				.hasMessage("Integer exceeds 53-bit range");
		}
	}

	@Test
	void strictIntegerReportsBeyond64BitsAsOrjsonDoes() {
		assertThatThrownBy(() -> Json.dumps(BigInteger.TWO.pow(64), JsonOption.STRICT_INTEGER))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage("Integer exceeds 64-bit range");
		assertThatThrownBy(() -> Json.dumps(BigInteger.TWO.pow(64).subtract(BigInteger.ONE), JsonOption.STRICT_INTEGER))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage("Integer exceeds 53-bit range");
	}

	@Test
	void strictIntegerDoesNotApplyToBigDecimal() {
		assertThat(dumps(new BigDecimal("9007199254740993"), JsonOption.STRICT_INTEGER)).isEqualTo("9007199254740993");
	}
}
