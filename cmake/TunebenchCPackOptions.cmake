# Read by cpack for each generator it runs (CPACK_PROJECT_CONFIG_FILE). Without dpkg-shlibdeps, or the
# `file` tool CPack uses to find the binaries, CPack would quietly build a .deb that declares no
# library dependencies at all: one that installs and then fails to start. Stop instead.
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
  find_program(TB_DPKG_SHLIBDEPS dpkg-shlibdeps)
  find_program(TB_FILE_TOOL file)
  if(NOT TB_DPKG_SHLIBDEPS OR NOT TB_FILE_TOOL)
    message(FATAL_ERROR "cpack: the Debian package needs dpkg-shlibdeps and file to declare its library "
                        "dependencies; install them with: sudo apt-get install dpkg-dev file")
  endif()
endif()
