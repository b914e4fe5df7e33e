/* The sample product of release-kit's demo: a tiny CLI, built for Linux with gcc and for Windows with mingw. */
#include <stdio.h>
#include <string.h>

#ifndef VERSION
#define VERSION "0.0.0-dev"
#endif

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--version") == 0) {
    printf("hello-app %s\n", VERSION);
    return 0;
  }
  printf("Hello, %s!\n", argc > 1 ? argv[1] : "world");
  return 0;
}
