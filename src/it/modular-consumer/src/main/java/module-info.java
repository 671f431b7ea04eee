/** A user's module: the library's API through its module name, nothing internal. */
module com.example.consumer {
  requires org.newsextract;
}
