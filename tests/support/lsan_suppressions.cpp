// LeakSanitizer suppressions for every test binary. Fontconfig and Pango keep their font caches (per
// thread for Pango's font map) for the life of the process on purpose; the report PDF renders on server
// threads, so those caches are still allocated at exit. Nothing of ours is suppressed.
//
// Referenced from test_server.cpp (sk::test::lsan_suppressions_linked) so the linker keeps this object
// out of the static support library.
namespace sk::test {
int lsan_suppressions_linked = 0;
}

extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n"
           "leak:libpango-1.0.so\n"
           "leak:libpangoft2-1.0.so\n"
           "leak:libpangocairo-1.0.so\n";
}
