import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { CreatePayrollExportInput, PayrollExportIdParams } from './inputs/payroll-export.input';
import { PayrollExportOutput } from './outputs/payroll-export.output';
import { PayrollExportsService, type PayrollFile } from './payroll-exports.service';

const sendCsv = (reply: FastifyReply, file: PayrollFile, status: number) =>
  reply
    .status(status)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('x-export-id', file.id)
    .header('cache-control', 'private, no-store')
    .send(file.content);

@ApiTags('rewards')
@Controller('rewards/exports')
export class PayrollExportsController {
  constructor(private readonly exports: PayrollExportsService) {}

  @Post()
  @Roles('hr_admin')
  @ApiProduces('text/csv')
  @ApiOperation({ operationId: 'createPayrollExport', summary: 'Export every approved reward as a payroll CSV and mark them paid (UTF-8 with BOM)' })
  @ApiCreatedResponse({ schema: { type: 'string', format: 'binary' }, description: 'The CSV; the batch id is in the x-export-id header' })
  async create(@Auth() auth: AuthContext, @Body() body: CreatePayrollExportInput, @Res() reply: FastifyReply): Promise<void> {
    await sendCsv(reply, await this.exports.create(auth, body), 201);
  }

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listPayrollExports', summary: 'Earlier payroll exports' })
  @ApiOkResponse({ type: PayrollExportOutput, isArray: true })
  list(@Auth() auth: AuthContext): Promise<PayrollExportOutput[]> {
    return this.exports.list(auth);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiProduces('text/csv')
  @ApiOperation({ operationId: 'downloadPayrollExport', summary: 'Download an earlier payroll export again, byte for byte' })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async download(@Auth() auth: AuthContext, @Param() params: PayrollExportIdParams, @Res() reply: FastifyReply): Promise<void> {
    await sendCsv(reply, await this.exports.download(auth, params.id), 200);
  }
}
