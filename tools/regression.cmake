# Verilator regression, lint, Icarus, Yosys and formal targets, one set per
# configuration listed in rtl/sweep.txt (written by `cimgen sweep`, kept fresh
# by the rtl_fresh test). Each configuration's RTL is generated at build time
# by the freshly built cimgen and verilated with the block's testbench
# blocks/<block>/<block>_tb.cpp, linked with the behavioural model library (cimsim).
find_program(VERILATOR verilator REQUIRED)
find_program(IVERILOG iverilog REQUIRED)
find_program(YOSYS yosys REQUIRED)

set(CIMGEN_SWEEP ${CMAKE_SOURCE_DIR}/rtl/sweep.txt)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CIMGEN_SWEEP})
file(STRINGS ${CIMGEN_SWEEP} CIMGEN_SWEEP_LINES)
set(CIMGEN_TB_SEEDS 4 CACHE STRING "Seeds per configuration in the Verilator regression")
set(CIMGEN_TB_VECTORS 3000 CACHE STRING "Random vectors per seed, unless the configuration's tags say vectors=V")

file(GLOB CIMGEN_TB_HEADERS ${CMAKE_SOURCE_DIR}/tb/*.hpp ${CMAKE_SOURCE_DIR}/blocks/*/*.hpp)
set(CIMGEN_TB_TARGETS)
set(CIMGEN_COV_TARGETS)

# Verilator's run-time library (verilated.cpp, verilated_threads.cpp), compiled once for every regression
# testbench as Verilator's makefile compiles it into each one (same defines and flags): it was half of a
# small configuration's build, 84 times over. The waveform and coverage builds keep their own.
execute_process(COMMAND ${VERILATOR} --getenv VERILATOR_ROOT OUTPUT_VARIABLE CIMGEN_VERILATOR_ROOT
                OUTPUT_STRIP_TRAILING_WHITESPACE)
set(CIMGEN_VERILATED_RT ${CMAKE_BINARY_DIR}/verilated_rt/libverilated_rt.a)
set(CIMGEN_VL_FLAGS -I${CIMGEN_VERILATOR_ROOT}/include -I${CIMGEN_VERILATOR_ROOT}/include/vltstd -DVM_COVERAGE=0
    -DVM_SC=0 -DVM_TRACE=0 -DVM_TRACE_FST=0 -DVM_TRACE_VCD=0 -faligned-new -fcf-protection=none -Wno-bool-operation
    -Wno-sign-compare -Wno-uninitialized -Wno-unused-but-set-variable -Wno-unused-parameter -Wno-unused-variable
    -Wno-shadow -std=c++17 -O1 -Os)
add_custom_command(OUTPUT ${CIMGEN_VERILATED_RT}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/verilated_rt
  COMMAND ${CMAKE_CXX_COMPILER} ${CIMGEN_VL_FLAGS} -c ${CIMGEN_VERILATOR_ROOT}/include/verilated.cpp
          -o ${CMAKE_BINARY_DIR}/verilated_rt/verilated.o
  COMMAND ${CMAKE_CXX_COMPILER} ${CIMGEN_VL_FLAGS} -c ${CIMGEN_VERILATOR_ROOT}/include/verilated_threads.cpp
          -o ${CMAKE_BINARY_DIR}/verilated_rt/verilated_threads.o
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CIMGEN_VERILATED_RT}
  COMMAND ${CMAKE_AR} rcs ${CIMGEN_VERILATED_RT} ${CMAKE_BINARY_DIR}/verilated_rt/verilated.o
          ${CMAKE_BINARY_DIR}/verilated_rt/verilated_threads.o
  DEPENDS ${CIMGEN_VERILATOR_ROOT}/include/verilated.cpp ${CIMGEN_VERILATOR_ROOT}/include/verilated_threads.cpp
  COMMENT "Verilator run-time library")
add_custom_target(verilated_rt DEPENDS ${CIMGEN_VERILATED_RT})

# A configuration's testbench: its generated RTL in DIR/rtl verilated with blocks/BLOCK/BLOCK_tb.cpp and
# linked with the model library, as EXE (objects in DIR/MDIR; FLAGS: extra Verilator flags). Without
# flags it links the shared run-time library instead of compiling its own.
function(cimgen_verilate block dir exe mdir flags)
  get_filename_component(cfg ${dir} NAME)
  set(rt "")
  set(rt_dep "")
  if(flags STREQUAL "")
    set(rt -MAKEFLAGS "VM_GLOBAL_FAST=" ${CIMGEN_VERILATED_RT})
    set(rt_dep ${CIMGEN_VERILATED_RT})
  endif()
  add_custom_command(OUTPUT ${exe}
    COMMAND ${VERILATOR} --cc --exe --build -j 1 --quiet-exit -O2 --x-assign unique --x-initial unique ${flags} ${rt}
            --top-module ${block} -y ${dir}/rtl --Mdir ${dir}/${mdir} -o ${exe}
            -CFLAGS "-std=c++17 -O1 -I${dir}/rtl -I${CMAKE_SOURCE_DIR}/sim -I${CMAKE_SOURCE_DIR}/tb -I${CMAKE_SOURCE_DIR}/blocks/${block} -I${CMAKE_SOURCE_DIR}/fpga/host"
            ${dir}/rtl/${block}.v ${CMAKE_SOURCE_DIR}/blocks/${block}/${block}_tb.cpp $<TARGET_FILE:cimsim>
    DEPENDS ${dir}/rtl/${block}.v ${CMAKE_SOURCE_DIR}/blocks/${block}/${block}_tb.cpp ${CIMGEN_TB_HEADERS}
            ${CMAKE_SOURCE_DIR}/fpga/host/fpga_proto.hpp ${CMAKE_SOURCE_DIR}/blocks/cim_fpga/cim_fpga_proto.hpp cimsim ${rt_dep}
    COMMENT "verilate ${block} ${cfg} ${flags}")
endfunction()

# The one reading of the tags: each configuration's vectors per seed and whether it has a proof, written
# to sweep/tests.tsv (block, configuration, vectors, formal yes/no) for make regress and make mutate.
set(CIMGEN_TESTS_TSV "")
foreach(line IN LISTS CIMGEN_SWEEP_LINES)
  separate_arguments(parts UNIX_COMMAND "${line}")
  list(GET parts 0 block)
  list(GET parts 1 cfg)
  list(GET parts 2 tags)
  list(SUBLIST parts 3 -1 params)
  set(dir ${CMAKE_BINARY_DIR}/sweep/${block}/${cfg})
  set(rtl ${dir}/rtl/${block}.v)
  add_custom_command(OUTPUT ${rtl} ${dir}/rtl/${block}.h ${dir}/rtl/${block}.json ${dir}/rtl/${block}.f
    COMMAND $<TARGET_FILE:cimgen> gen ${block} ${params} -o ${dir}/rtl
    DEPENDS cimgen
    COMMENT "cimgen gen ${block} ${cfg}")
  set(exe ${dir}/V${block})
  cimgen_verilate(${block} ${dir} ${exe} obj "")
  add_custom_target(tb_${block}_${cfg} ALL DEPENDS ${exe})
  list(APPEND CIMGEN_TB_TARGETS tb_${block}_${cfg})
  # The same testbench with waveforms (--trace FILE.fst), built on demand (make trace): verilating with
  # --trace-fst takes half as long again, so the regression's builds leave it out (their --trace says so).
  # The trace test's configuration is built with the rest.
  cimgen_verilate(${block} ${dir} ${exe}_trace obj_trace --trace-fst)
  set(all "")
  if(block STREQUAL shift_add AND cfg STREQUAL ref_default)
    set(all ALL)
  endif()
  add_custom_target(trace_${block}_${cfg} ${all} DEPENDS ${exe}_trace)
  # And with line and toggle coverage (make coverage, tools/coverage.sh), on demand.
  cimgen_verilate(${block} ${dir} ${exe}_cov obj_cov --coverage)
  add_custom_target(cov_${block}_${cfg} DEPENDS ${exe}_cov)
  list(APPEND CIMGEN_COV_TARGETS cov_${block}_${cfg})

  # Blocks whose vectors are big (a tile's layer, a UART transfer) say how many in their tags.
  set(vectors ${CIMGEN_TB_VECTORS})
  if(tags MATCHES "vectors=([0-9]+)")
    set(vectors ${CMAKE_MATCH_1})
  endif()
  set(formal no)
  if(tags MATCHES "(^|,)formal(,|$)")
    set(formal yes)
  endif()
  string(APPEND CIMGEN_TESTS_TSV "${block}\t${cfg}\t${vectors}\t${formal}\n")
  add_test(NAME sim_${block}_${cfg} COMMAND ${exe} --seeds ${CIMGEN_TB_SEEDS} --vectors ${vectors})
  set_tests_properties(sim_${block}_${cfg} PROPERTIES LABELS sim)
  # Lint and Icarus read the generated filelist: Verilator from elsewhere (-F, paths relative to the list),
  # Icarus from the directory (-c).
  add_test(NAME lint_${block}_${cfg} COMMAND ${VERILATOR} --lint-only -Wall --top-module ${block} -F ${dir}/rtl/${block}.f)
  set_tests_properties(lint_${block}_${cfg} PROPERTIES LABELS lint)
  add_test(NAME iverilog_${block}_${cfg} COMMAND ${IVERILOG} -g2005 -Wall -o ${dir}/iverilog.out -c ${block}.f
           WORKING_DIRECTORY ${dir}/rtl)
  set_tests_properties(iverilog_${block}_${cfg} PROPERTIES LABELS lint FAIL_REGULAR_EXPRESSION "warning")
  add_test(NAME latch_${block}_${cfg}
    COMMAND bash ${CMAKE_SOURCE_DIR}/tools/latch.sh ${dir}/rtl ${block})
  set_tests_properties(latch_${block}_${cfg} PROPERTIES LABELS lint)
  if(formal)
    add_test(NAME formal_${block}_${cfg}
      COMMAND bash ${CMAKE_SOURCE_DIR}/tools/formal.sh ${dir}/rtl ${block} ${dir}/formal)
    set_tests_properties(formal_${block}_${cfg} PROPERTIES LABELS formal)
  endif()
endforeach()
file(WRITE ${CMAKE_BINARY_DIR}/sweep/tests.tsv "${CIMGEN_TESTS_TSV}")
add_custom_target(coverage_tbs DEPENDS ${CIMGEN_COV_TARGETS})

# rtl/ holds the reference configurations and the sweep list; both must be
# what the current generator writes.
add_test(NAME rtl_fresh COMMAND bash ${CMAKE_SOURCE_DIR}/tools/rtl.sh check $<TARGET_FILE:cimgen> ${CMAKE_SOURCE_DIR}/rtl)
set_tests_properties(rtl_fresh PROPERTIES LABELS unit)
# The property-style sweep: random legal configurations of every block (range edges included) through gen,
# Verilator lint, Icarus and the Yosys latch check (make sweep: larger, and without the size bound).
add_test(NAME random_sweep COMMAND bash ${CMAKE_SOURCE_DIR}/tests/random_sweep.sh $<TARGET_FILE:cimgen> 25 1 2)
set_tests_properties(random_sweep PROPERTIES LABELS lint)
add_test(NAME cli_contract COMMAND bash ${CMAKE_SOURCE_DIR}/tests/cli_test.sh $<TARGET_FILE:cimgen>)
set_tests_properties(cli_contract PROPERTIES LABELS unit)
add_test(NAME mutate_smoke COMMAND bash ${CMAKE_SOURCE_DIR}/tests/mutate_smoke_test.sh ${CMAKE_BINARY_DIR}
                                  ${CMAKE_BINARY_DIR}/mutate_smoke)
set_tests_properties(mutate_smoke PROPERTIES LABELS mutants)
add_test(NAME new_block COMMAND bash ${CMAKE_SOURCE_DIR}/tests/new_block_test.sh ${CMAKE_BINARY_DIR}/new_block)
set_tests_properties(new_block PROPERTIES LABELS unit)
add_test(NAME trace COMMAND bash ${CMAKE_SOURCE_DIR}/tests/trace_test.sh ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}/trace_test)
set_tests_properties(trace PROPERTIES LABELS sim)
# The self-checking Verilog testbenches (gen --testbench V) of every sweep configuration under Icarus.
add_test(NAME verilog_testbench COMMAND bash ${CMAKE_SOURCE_DIR}/tests/vtb_test.sh $<TARGET_FILE:cimgen>
                                        ${CMAKE_BINARY_DIR}/vtb_test)
set_tests_properties(verilog_testbench PROPERTIES LABELS sim)
# make coverage's pieces on one small configuration.
add_test(NAME coverage COMMAND bash ${CMAKE_SOURCE_DIR}/tests/coverage_test.sh ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}/coverage_test)
set_tests_properties(coverage PROPERTIES LABELS sim)
# The FuseSoC cores of the committed references keep the CAPI=2 rules; cimgen as a FuseSoC generator.
add_test(NAME capi2 COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/capi2_test.py ${CMAKE_SOURCE_DIR}/rtl
                            ${CMAKE_SOURCE_DIR}/cimgen.core)
set_tests_properties(capi2 PROPERTIES LABELS unit)
add_test(NAME fusesoc_generator COMMAND bash ${CMAKE_SOURCE_DIR}/tests/fusesoc_generator_test.sh $<TARGET_FILE:cimgen>
                                        ${CMAKE_BINARY_DIR}/fusesoc_generator_test)
set_tests_properties(fusesoc_generator PROPERTIES LABELS unit)
add_test(NAME equiv COMMAND bash ${CMAKE_SOURCE_DIR}/tests/equiv_test.sh ${CMAKE_BINARY_DIR}/equiv_test)
set_tests_properties(equiv PROPERTIES LABELS formal)
add_test(NAME trq_sar_calibrated_samples
  COMMAND bash ${CMAKE_SOURCE_DIR}/tests/trq_sar_samples_test.sh $<TARGET_FILE:cimgen>
          ${CMAKE_BINARY_DIR}/sweep/trq_sar/ref_n8_trq/Vtrq_sar)
set_tests_properties(trq_sar_calibrated_samples PROPERTIES LABELS sim)

# The board host refuses a port it cannot open, with one line naming it.
add_test(NAME fpga_host_bad_port COMMAND $<TARGET_FILE:cimgen-fpga-host> --port ${CMAKE_BINARY_DIR}/no-such-port)
set_tests_properties(fpga_host_bad_port PROPERTIES LABELS unit WILL_FAIL TRUE)
add_test(NAME fpga_host_bad_port_message COMMAND $<TARGET_FILE:cimgen-fpga-host> --port ${CMAKE_BINARY_DIR}/no-such-port)
set_tests_properties(fpga_host_bad_port_message PROPERTIES LABELS unit PASS_REGULAR_EXPRESSION "--port .*no-such-port: cannot open")

# The board tops elaborate and synthesize without latches (make fpga also places and routes).
add_test(NAME fpga_tops_synth COMMAND env SYNTH_ONLY=1 bash ${CMAKE_SOURCE_DIR}/tools/fpga.sh ${CMAKE_BINARY_DIR}/fpga_synth)
set_tests_properties(fpga_tops_synth PROPERTIES LABELS lint)

# The trained network's layer slice through the RTL (tests/network_rtl_slice.sh), on the network's array.
if(TARGET cimgen_python AND EXISTS /usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz)
  add_test(NAME network_rtl_slice
    COMMAND bash ${CMAKE_SOURCE_DIR}/tests/network_rtl_slice.sh ${Python_EXECUTABLE} ${CMAKE_BINARY_DIR}/python
            ${CMAKE_BINARY_DIR}/sweep/cim_tile/net_64x64_diff_pr2/Vcim_tile ${CMAKE_BINARY_DIR}/network_slice)
  set_tests_properties(network_rtl_slice PROPERTIES LABELS sim)
endif()
# ASIC readiness (tools/asic.py --ready-only) of the small references: no `initial`, no latches, no
# combinational loops, every flip-flop reset or listed as "none" in the manifest, mapped by Yosys to OSU018;
# and the whole qflow flow (place, route, DRC, LVS, GDS, OpenSTA at the SDC clock) on the two smallest.
set(CIMGEN_PY /usr/bin/python3)
add_test(NAME asic_ready
         COMMAND ${CIMGEN_PY} ${CMAKE_SOURCE_DIR}/tools/asic.py --ready-only --jobs 1 --work ${CMAKE_BINARY_DIR}/asic_ready
                 ${CMAKE_SOURCE_DIR}/rtl/trq_sar/ref_n8_trq ${CMAKE_SOURCE_DIR}/rtl/trq_sar/ref_n8_uniform
                 ${CMAKE_SOURCE_DIR}/rtl/trq_sar/ref_n8_trq_rready ${CMAKE_SOURCE_DIR}/rtl/shift_add/ref_default
                 ${CMAKE_SOURCE_DIR}/rtl/shift_add/ref_diff_trq ${CMAKE_SOURCE_DIR}/rtl/shift_add/ref_pd2_pr2_offset
                 ${CMAKE_SOURCE_DIR}/rtl/stack_ctl/ref_deep_10x10 ${CMAKE_SOURCE_DIR}/rtl/stack_ctl/ref_exp_10x10)
set_tests_properties(asic_ready PROPERTIES LABELS lint)
add_test(NAME asic_ready_catches COMMAND bash ${CMAKE_SOURCE_DIR}/tests/asic_ready_test.sh ${CMAKE_BINARY_DIR}/asic_ready_neg)
set_tests_properties(asic_ready_catches PROPERTIES LABELS unit)
add_test(NAME asic_flow
         COMMAND ${CIMGEN_PY} ${CMAKE_SOURCE_DIR}/tools/asic.py --check --jobs 1 --out ${CMAKE_BINARY_DIR}/asic_flow/report
                 --work ${CMAKE_BINARY_DIR}/asic_flow ${CMAKE_SOURCE_DIR}/rtl/trq_sar/ref_n8_uniform
                 ${CMAKE_SOURCE_DIR}/rtl/trq_sar/ref_n8_trq)
set_tests_properties(asic_flow PROPERTIES LABELS lint)
# The report code without the flow: the scaling budget fit, deterministic files, DEF pins, skipped stages.
add_test(NAME asic_report COMMAND ${CIMGEN_PY} ${CMAKE_SOURCE_DIR}/tests/asic_report_test.py)
set_tests_properties(asic_report PROPERTIES LABELS unit)
