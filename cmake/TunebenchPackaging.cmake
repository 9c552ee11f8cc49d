# What `cmake --install` puts where, and the Debian package CPack builds from it:
#   cmake -S . -B build-pkg -G Ninja -DCMAKE_BUILD_TYPE=Release -DTB_BUILD_TESTS=OFF -DTB_BUILD_BENCH=OFF
#   ninja -C build-pkg && (cd build-pkg && cpack -G DEB)      (or scripts/package.sh)
# Included from the top-level CMakeLists.txt after src/, so the targets exist.
include(GNUInstallDirs)

# TB_APP_ID (top-level CMakeLists.txt) names the desktop file, the metainfo and the icon, so desktops
# and software centres can tie them together; packaging/ and scripts/render-icons.sh use it too.
set(TB_HOMEPAGE "https://github.com/tunebench/tunebench")

install(TARGETS tunebench-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TB_BUILD_GUI)
  install(TARGETS tunebench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/${TB_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/${TB_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  # PNGs for every size desktops ask for (rendered by scripts/render-icons.sh) plus the SVG itself.
  install(DIRECTORY ${CMAKE_SOURCE_DIR}/packaging/icons/hicolor
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/tunebench.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${TB_APP_ID}.svg)
endif()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "tunebench")
set(CPACK_PACKAGE_VENDOR "The Tunebench developers")
set(CPACK_PACKAGE_CONTACT "The Tunebench developers <dev@tunebench.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 79 characters, as Debian's control file wants them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
       "Tunebench reads Slack, WhatsApp, Twitter/X and TV-script exports into one"
       "project file on your computer, and lets you browse and search them and choose"
       "whose voice a fine-tuned language model should learn."
       "This package holds the desktop workbench (tunebench) and the command-line"
       "tool (tunebench-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${TB_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps declares the libraries the binaries link (Qt, libzip, spdlog, fmt, ...; SQLite is built in).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(TB_BUILD_GUI)
  # Qt loads its SVG image and icon plugins at run time, so dpkg-shlibdeps cannot see them; without
  # them the window and welcome icons (an SVG) come out empty.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
endif()

set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/TunebenchCPackOptions.cmake")

include(CPack)
