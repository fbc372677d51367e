# Thin front over CMake. Every target installs missing dependencies first.
BUILD ?= build
JOBS  ?= $(shell nproc)
CTEST  = ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
DEMO_DIR ?= out/demo

.PHONY: all deps configure build test unit sim lint formal synth fpga qor bench rtl demo asan study regress mutate sweep network train asic equiv trace coverage install clean

all: build

deps:
	@bash tools/deps.sh

configure: deps
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# Everything: Catch2 unit tests, CLI contract, rtl/ freshness, Verilator
# regression against the model, lint, Icarus, Yosys latch check, formal proofs,
# mutation smoke campaigns, the new-block template, the equivalence checker; then
# the generator and model again under ASan/UBSan.
test: build
	$(CTEST)
	$(MAKE) --no-print-directory asan

unit: build
	$(CTEST) -L unit

sim: build
	$(CTEST) -L sim

lint: build
	$(CTEST) -L lint

formal: build
	@$(CTEST) -L formal; status=$$?; echo; bash tools/formal.sh --header; \
	  cat $(BUILD)/sweep/*/*/formal/summary.txt; exit $$status

synth: build
	bash tools/synth.sh $(BUILD)/cimgen

# FPGA prototype: iCEBreaker bitstream ($(FPGA_DIR)/icebreaker.bin), the Arty estimate, and the QoR
# table of every reference configuration ($(FPGA_DIR)/qor.md and .json; make qor refreshes docs/).
FPGA_DIR ?= out/fpga
fpga: build
	bash tools/fpga.sh $(FPGA_DIR)
	bash tools/qor.sh $(FPGA_DIR)/qor

# Quality of results of every reference configuration: docs/qor.md and docs/qor.json.
qor: build
	bash tools/qor.sh docs/qor

# ASIC flow (qflow + OpenSTA, OSU 0.18 um) of every reference configuration: docs/asic.md and docs/asic.json;
# then cim_tile's area and Fmax over R = COLS and NADC: docs/asic_scaling.{md,json,svg}.
# Configurations above ASIC_MAX_CELLS cells after synthesis are synthesized and timed but not placed and routed.
ASIC_MAX_CELLS ?= 12000
asic: build
	/usr/bin/python3 tools/asic.py --out docs/asic --work $(BUILD)/asic --cimgen $(BUILD)/cimgen --max-cells $(ASIC_MAX_CELLS) --jobs $(JOBS)
	/usr/bin/python3 tools/asic.py --scaling --out docs/asic_scaling --work $(BUILD)/asic --cimgen $(BUILD)/cimgen --jobs $(JOBS)

# Mutation testing of the generated RTL: docs/mutation.{md,tsv} (kill rates, survivors).
mutate: build
	bash tools/mutate.sh $(BUILD) docs

bench: build
	cmake --build $(BUILD) --target bench_model
	bash tools/bench.sh $(BUILD)

# TRQ study on the reference and other workloads: docs/trq_study.{md,svg}.
study: build
	$(BUILD)/cimgen study --plot docs/trq_study.svg | tee docs/trq_study.md

rtl: build
	bash tools/rtl.sh write $(BUILD)/cimgen rtl

# Proves that the RTL cimgen generates now is equivalent to the committed rtl/ of EQUIV_BASE (default
# HEAD): a change meant to alter the form of the RTL only (tools/equiv.sh). Run it before make rtl.
EQUIV_BASE ?= HEAD
equiv: build
	rm -rf $(BUILD)/equiv && mkdir -p $(BUILD)/equiv/base
	git archive $(EQUIV_BASE) rtl | tar -x -C $(BUILD)/equiv/base
	bash tools/rtl.sh write $(BUILD)/cimgen $(BUILD)/equiv/now
	bash tools/equiv.sh $(BUILD)/equiv/base/rtl $(BUILD)/equiv/now $(BUILD)/equiv/work

# The generator (build/cimgen), cimgen-mutate and cimgen-fpga-host into $(PREFIX)/bin, the Python module
# into $(PREFIX)/lib/cimgen/python, the README and guides into $(PREFIX)/share/doc/cimgen.
PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# The random sweep of make test with more draws per block, three seeds and no size bound: every edge of
# every range (R=1024, NADC=512 ...) through gen, lint, Icarus and the Yosys latch check. About an hour.
SWEEP_COUNT ?= 60
sweep: build
	@for seed in 1 2 3; do MAX_BYTES=0 bash tests/random_sweep.sh $(BUILD)/cimgen $(SWEEP_COUNT) $$seed $(JOBS) || exit 1; done

# The trained Fashion-MNIST CNN through the crossbar model: docs/network.{md,json,svg} and the calibrated ADC
# settings (docs/network_settings.json), from the committed weights. About 12 minutes on 2 cores.
network: build
	PYTHONPATH=$(BUILD)/python /usr/bin/python3 examples/fashion_mnist/network.py --out docs

# Retrain the network (PyTorch, a few minutes on 2 cores): examples/fashion_mnist/net_{8bit,mixed}.json.
train:
	@bash tools/deps.sh --train
	/usr/bin/python3 examples/fashion_mnist/train.py

# A configuration's testbench with waveforms: make trace CFG=cim_tile/ref_64x64 [ARGS="--seeds 1 --vectors 5"]
# builds it with --trace-fst and writes out/trace/<block>_<config>.fst (open it with gtkwave).
CFG ?= shift_add/ref_default
ARGS ?= --seeds 1 --vectors 20
trace: configure
	cmake --build $(BUILD) -j $(JOBS) --target trace_$(subst /,_,$(CFG))
	@mkdir -p out/trace
	$(BUILD)/sweep/$(CFG)/V$(firstword $(subst /, ,$(CFG)))_trace $(ARGS) --trace out/trace/$(subst /,_,$(CFG)).fst
	@echo "trace: out/trace/$(subst /,_,$(CFG)).fst (gtkwave out/trace/$(subst /,_,$(CFG)).fst)"

# Line, branch and toggle coverage of the generated RTL under the regression (its seeds and vectors):
# out/coverage/html (genhtml), out/coverage/coverage.info (lcov) and the per-block summary with every
# uncovered line named, docs/coverage.md. Builds every testbench again with --coverage.
coverage: build
	cmake --build $(BUILD) -j $(JOBS) --target coverage_tbs
	bash tools/coverage.sh $(BUILD) out/coverage
	cp out/coverage/coverage.md docs/coverage.md

# More seeds and vectors per configuration than make test.
regress: build
	bash tools/regress.sh $(BUILD)

# Builds only what it runs: the generator, the model and the two testbenches (not the whole regression).
demo: configure
	cmake --build $(BUILD) -j $(JOBS) --target cimgen tb_shift_add_ref_default tb_cim_tile_ref_64x64
	bash tools/demo.sh $(BUILD) $(DEMO_DIR)

# Generator, model, unit tests and CLI contract under AddressSanitizer and UBSan.
asan: deps
	@test -f build-asan/CMakeCache.txt || cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCIMGEN_SANITIZE=ON -DCIMGEN_REGRESSION=OFF
	cmake --build build-asan -j $(JOBS)
	ctest --test-dir build-asan --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) build-asan out
