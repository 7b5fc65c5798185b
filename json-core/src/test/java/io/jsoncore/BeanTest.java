package io.jsoncore;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeanTest {

	public static class Base {

		private long id = 7;

		public long getId() {
			return this.id;
		}
	}

	public static class Person extends Base {

		public static final String IGNORED_CONSTANT = "x";

		private String name = "Ada";

		public int age = 36;

		private boolean admin = true;

		private transient String secret = "s";

		private String hidden = "h";

		public String getName() {
			return this.name;
		}

		public boolean isAdmin() {
			return this.admin;
		}

		public String getZone() {
			return "utc";
		}

		public String getAlias() {
			return "countess";
		}

		public String getURL() {
			return "https://example.com";
		}

		public void getNothing() {
		}

		public String getWithArgument(int a) {
			return "no";
		}

		public static String getStatic() {
			return "no";
		}
	}

	public static class Fields {

		public int x = 1;

		public List<String> tags = List.of("a");
	}

	public static class NoProperties {

		private int a = 1;
	}

	static class PackagePrivate {

		public String getValue() {
			return "v";
		}
	}

	public static class Boxed {

		public Boolean isEnabled() {
			return Boolean.TRUE;
		}

		public String isNotAGetter() {
			return "no";
		}
	}

	@Test
	void fieldOrderSuperclassFirstThenGetterOnlyByName() {
		assertThat(dumps(new Person())).isEqualTo("{\"id\":7,\"name\":\"Ada\",\"age\":36,\"admin\":true,"
				+ "\"URL\":\"https://example.com\",\"alias\":\"countess\",\"zone\":\"utc\"}");
	}

	@Test
	void publicFieldsAreProperties() {
		assertThat(dumps(new Fields())).isEqualTo("{\"x\":1,\"tags\":[\"a\"]}");
	}

	@Test
	void classWithoutPublicPropertiesGoesToTheFallback() {
		assertThatThrownBy(() -> Json.dumps(new NoProperties())).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.BeanTest$NoProperties");
	}

	@Test
	void packagePrivateClassWithPublicGetter() {
		assertThat(dumps(new PackagePrivate())).isEqualTo("{\"value\":\"v\"}");
	}

	@Test
	void isGetterOfBoxedBoolean() {
		assertThat(dumps(new Boxed())).isEqualTo("{\"enabled\":true}");
	}

	@Test
	void passthroughRecordAppliesToBeans() {
		assertThat(dumps(new Fields(), (value) -> "bean", JsonOption.PASSTHROUGH_RECORD)).isEqualTo("\"bean\"");
	}

	@Test
	void gettersInheritedFromAPackagePrivateClassAreWritten() throws Exception {
		java.lang.reflect.Method getContent = io.jsoncore.beans.PageLike.class.getMethod("getContent");
		assertThat(getContent.isBridge()).as("javac's visibility bridge, as in Spring Data's PageImpl").isTrue();
		assertThat(dumps(new io.jsoncore.beans.PageLike<>(List.of("a", "b"), 1, 5)))
			.isEqualTo("{\"content\":[\"a\",\"b\"],\"number\":1,\"first\":false,\"size\":2,\"totalElements\":5}");
	}

	@Test
	void aCovariantOverrideIsOneProperty() {
		assertThat(dumps(new io.jsoncore.beans.PageLike.Named(List.of("a"))))
			.isEqualTo("{\"content\":[\"a\"],\"number\":0,\"first\":true,\"size\":1,\"title\":\"names\","
					+ "\"totalElements\":1}");
	}

	@Test
	void springDataPageImplIsWrittenWhole() {
		var page = new org.springframework.data.domain.PageImpl<>(List.of("a", "b"),
				org.springframework.data.domain.PageRequest.of(1, 2), 5);
		// Jackson writes the same properties (its order differs: the starter's issue aligns the two)
		assertThat(dumps(page)).isEqualTo("{\"content\":[\"a\",\"b\"],\"pageable\":{\"pageNumber\":1,\"pageSize\":2,"
				+ "\"sort\":{\"empty\":true,\"sorted\":false,\"unsorted\":true},\"offset\":2,\"paged\":true,"
				+ "\"unpaged\":false},\"empty\":false,\"first\":false,\"last\":false,\"number\":1,\"numberOfElements\":2,"
				+ "\"size\":2,\"sort\":{\"empty\":true,\"sorted\":false,\"unsorted\":true},\"totalElements\":5,"
				+ "\"totalPages\":3}");
	}
}
