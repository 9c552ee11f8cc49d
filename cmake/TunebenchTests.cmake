# tb_add_test(NAME test_name SOURCES a.cpp ... LIBS lib ...)
# One QtTest executable per class under test; every test runs with the offscreen platform
# and knows where the shared reference material sits (it may be absent in a plain clone).
set(TB_SHARED_DIR "${CMAKE_SOURCE_DIR}/../shared" CACHE PATH "Folder with shared fixtures (optional)")

function(tb_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE tb_build_flags tb_test_support Qt6::Test ${T_LIBS})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  set_tests_properties(${T_NAME} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TB_SHARED_DIR=${TB_SHARED_DIR};TB_SOURCE_DIR=${CMAKE_SOURCE_DIR};TB_CLI=$<TARGET_FILE:tunebench-cli>"
    TIMEOUT 600)
endfunction()
