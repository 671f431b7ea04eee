package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.AttributionPatterns;
import org.newsextract.attribution.SourceKind;
import org.newsextract.casualty.CasualtyCategory;
import org.newsextract.casualty.CasualtyMention;
import org.newsextract.casualty.CasualtyTotal;
import org.newsextract.casualty.CountPrecision;
import org.newsextract.date.DateMention;
import org.newsextract.date.EventAnchor;
import org.newsextract.date.Granularity;
import org.newsextract.date.TimexMod;
import org.newsextract.date.TimexType;
import org.newsextract.html.HtmlBatch;
import org.newsextract.html.HtmlView;
import org.newsextract.html.IndexRow;
import org.newsextract.quote.Quote;
import org.newsextract.quote.QuoteKind;
import org.newsextract.source.Source;

/**
 * The public API does not leak internals: no public or protected member of an API type (method,
 * constructor, field, record component, supertype, type parameter bound, thrown exception)
 * mentions a type that is not itself API or from the JDK. So the internal packages ({@code
 * analysis}, {@code names}, {@code number}, {@code cli}, {@code pattern}), which module-info does
 * not export, the engines in the API packages ({@code AttributionExtractor} ...) and the
 * third-party libraries (OpenNLP, Jackson) stay out of every signature a user touches, and can
 * change without breaking users. module-info exports exactly the packages of the API types.
 *
 * <p>A new API type goes into {@link #API}; README's "Java API" and the API packages'
 * package-info describe the same set.
 */
class ApiSurfaceTest {
  /** The API: what users construct, call, catch or read. Nested public types are added. */
  static final List<Class<?>> API = List.of(
      NewsExtractor.class, Extraction.class, TextSpan.class, Limits.class, Layer.class,
      ExtractionException.class,
      Attribution.class, SourceKind.class, AttributionPatterns.class,
      Quote.class, QuoteKind.class,
      CasualtyMention.class, CasualtyCategory.class, CountPrecision.class, CasualtyTotal.class,
      DateMention.class, EventAnchor.class, TimexType.class, Granularity.class, TimexMod.class,
      Source.class,
      HtmlView.class, HtmlBatch.class, IndexRow.class,
      PatternException.class);

  /** Internal packages: public because other packages of the library use them. */
  static final List<String> INTERNAL_PACKAGES = List.of(
      "org.newsextract.analysis", "org.newsextract.names", "org.newsextract.number",
      "org.newsextract.cli", "org.newsextract.pattern", "org.newsextract.attribution.engine",
      "org.newsextract.quote.engine", "org.newsextract.source.engine",
      "org.newsextract.date.engine", "org.newsextract.casualty.engine");

  static Set<Class<?>> apiTypes() {
    Set<Class<?>> all = new LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>(API);
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove(0);
      if (all.add(c)) {
        for (Class<?> nested : c.getDeclaredClasses()) {
          if (Modifier.isPublic(nested.getModifiers())) {
            todo.add(nested);
          }
        }
      }
    }
    return all;
  }

  @Test
  void noApiSignatureMentionsANonApiType() {
    Set<Class<?>> api = apiTypes();
    Set<String> leaks = new TreeSet<>();
    for (Class<?> c : api) {
      String where = c.getName();
      check(c.getGenericSuperclass(), api, where + " extends", leaks);
      for (Type t : c.getGenericInterfaces()) {
        check(t, api, where + " implements", leaks);
      }
      for (TypeVariable<?> v : c.getTypeParameters()) {
        check(v, api, where + " type parameter", leaks);
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          check(rc.getGenericType(), api, where + "." + rc.getName() + " (component)", leaks);
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (exposed(f)) {
          check(f.getGenericType(), api, where + "." + f.getName(), leaks);
        }
      }
      List<Executable> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
      members.addAll(List.of(c.getDeclaredConstructors()));
      for (Executable m : members) {
        if (!exposed(m) || m.isSynthetic() || (m instanceof Method mm && mm.isBridge())) {
          continue;
        }
        String name = where + "." + (m instanceof Constructor ? "<init>" : m.getName());
        if (m instanceof Method mm) {
          check(mm.getGenericReturnType(), api, name + " returns", leaks);
        }
        for (Type p : m.getGenericParameterTypes()) {
          check(p, api, name + " parameter", leaks);
        }
        for (Type e : m.getGenericExceptionTypes()) {
          check(e, api, name + " throws", leaks);
        }
        for (TypeVariable<?> v : m.getTypeParameters()) {
          check(v, api, name + " type parameter", leaks);
        }
      }
    }
    assertEquals(Set.of(), leaks, "API signatures that mention non-API types");
  }

  @Test
  void theApiListsEveryTypeItsSignaturesReachAndNoInternalOne() {
    for (Class<?> c : apiTypes()) {
      assertTrue(Modifier.isPublic(c.getModifiers()), c + " is API but not public");
      String pkg = c.getPackageName();
      assertTrue(INTERNAL_PACKAGES.stream().noneMatch(pkg::equals),
          c + " is API but lives in an internal package");
    }
  }

  @Test
  void theModuleExportsTheApiPackagesAndNoInternalOne() throws java.io.IOException {
    java.nio.file.Path info = java.nio.file.Path.of("target/classes/module-info.class");
    assertTrue(java.nio.file.Files.isRegularFile(info), "compiled module-info");
    java.lang.module.ModuleDescriptor d;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(info)) {
      d = java.lang.module.ModuleDescriptor.read(in);
    }
    Set<String> exported = new TreeSet<>();
    d.exports().forEach(e -> exported.add(e.source()));
    Set<String> apiPackages = new TreeSet<>();
    apiTypes().forEach(c -> apiPackages.add(c.getPackageName()));
    assertEquals(apiPackages, exported, "module-info exports exactly the API's packages");
    for (String internal : INTERNAL_PACKAGES) {
      assertTrue(!exported.contains(internal), internal + " is exported");
    }
  }

  /** Public or protected, on a type a user can reach. */
  private static boolean exposed(Member m) {
    int mod = m.getModifiers();
    if (!(Modifier.isPublic(mod) || Modifier.isProtected(mod))) {
      return false;
    }
    // Protected members of a final class (or an enum or record) are out of reach.
    return Modifier.isPublic(mod) || !Modifier.isFinal(m.getDeclaringClass().getModifiers());
  }

  private static void check(Type t, Set<Class<?>> api, String where, Set<String> leaks) {
    check(t, api, where, leaks, new HashSet<>());
  }

  private static void check(
      Type t, Set<Class<?>> api, String where, Set<String> leaks, Set<Type> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (!c.isPrimitive() && !allowed(c, api)) {
        leaks.add(where + ": " + c.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      check(p.getRawType(), api, where, leaks, seen);
      for (Type a : p.getActualTypeArguments()) {
        check(a, api, where, leaks, seen);
      }
    } else if (t instanceof GenericArrayType g) {
      check(g.getGenericComponentType(), api, where, leaks, seen);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(b, api, where, leaks, seen);
      }
      for (Type b : w.getLowerBounds()) {
        check(b, api, where, leaks, seen);
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        check(b, api, where, leaks, seen);
      }
    }
  }

  /** JDK types, and the API's own. */
  private static boolean allowed(Class<?> c, Set<Class<?>> api) {
    String name = c.getName();
    return name.startsWith("java.") || api.contains(c);
  }
}
